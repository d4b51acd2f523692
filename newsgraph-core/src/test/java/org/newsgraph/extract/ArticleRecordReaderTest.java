/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.RawDocument;

class ArticleRecordReaderTest {
    private final ArticleRecordReader reader = new ArticleRecordReader();

    private Article read(String json) throws BadInputException {
        return reader.read(RawDocument.ofFile("r.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAllFields() throws Exception {
        Article a = read("{\"url\":\"https://example.org/a\",\"outlet\":\"Example\",\"published\":\"2024-06-19T08:30:00+02:00\","
                + "\"language\":\"en\",\"title\":\"T\",\"lead\":\"L\",\"body\":[\"P1\",\"P2\"],\"authors\":[\"A B\"],\"x\":1}");
        assertEquals("https://example.org/a", a.url());
        assertEquals(LocalDate.of(2024, 6, 19), a.published());
        assertEquals(DateMethod.RECORD, a.dateMethod());
        assertEquals(2, a.body().size());
        assertEquals("A B", a.authors().get(0));
    }

    @Test
    void aStringBodyIsSplitIntoParagraphs() throws Exception {
        Article a = read("{\"title\":\"T\",\"text\":\"First paragraph.\\n\\nSecond paragraph.\"}");
        assertEquals(2, a.body().size());
    }

    @Test
    void badInputNamesTheProblem() {
        assertTrue(assertThrows(BadInputException.class, () -> read("{\"title\": "))
                .getMessage().startsWith("r.json: malformed JSON"));
        assertTrue(assertThrows(BadInputException.class, () -> read("{\"url\":\"u\"}"))
                .getMessage().contains("no text"));
        assertTrue(assertThrows(BadInputException.class, () -> read("{\"title\":\"T\",\"published\":\"11.09.2023\"}"))
                .getMessage().contains("'published'"));
        assertTrue(assertThrows(BadInputException.class, () -> read("[1,2]"))
                .getMessage().contains("JSON object"));
    }
}
