/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawDocument;

class DocumentReaderTest {
    private static RawDocument doc(String name, String content) {
        return RawDocument.ofFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void choosesByExtensionThenByContent() {
        assertEquals("text", DocumentReader.kind(doc("a.txt", "{not json}")));
        assertEquals("json", DocumentReader.kind(doc("a.json", "x")));
        assertEquals("html", DocumentReader.kind(doc("page.HTM", "x")));
        assertEquals("json", DocumentReader.kind(doc("stdin", "  {\"title\":\"x\"}")));
        assertEquals("html", DocumentReader.kind(doc("stdin", "<!DOCTYPE html><html>")));
        assertEquals("text", DocumentReader.kind(doc("stdin", "Ein Titel\nText.")));
    }
}
