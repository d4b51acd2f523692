/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {
    @Test
    void commentsAndBlankLinesAreLeftOutAndNumbersKept() {
        assertEquals(List.of(new ResourceLines.Line(2, "first\there"), new ResourceLines.Line(5, "second")),
                ResourceLines.read("nlp/resource-lines.tsv"));
    }

    @Test
    void aMissingResourceIsAPackagingError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceLines.read("nlp/no-such-list.tsv"));
        assertEquals("missing resource nlp/no-such-list.tsv", e.getMessage());
    }
}
