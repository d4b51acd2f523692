/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Language;

/** The word-list files of the event coder: each loads, and every row has its example sentence. */
class WordsTest {
    @Test
    void eachFileLoadsAndEveryRowHasAnExampleWithOneOfItsWords() {
        for (Map.Entry<Language, String> file : Words.RESOURCES.entrySet()) {
            List<Words.Row> rows = Words.rows(file.getValue());
            assertFalse(rows.isEmpty(), file.getValue());
            Locale locale = file.getKey().locale();
            for (Words.Row row : rows) {
                assertTrue(row.example().split("\\s+").length >= 4, row.where() + ": a sentence as example");
                String example = row.example().toLowerCase(locale);
                // a pair ("zum=zu") shows its word; a suffix ("self") may end a longer word
                assertTrue(row.words().stream().map(w -> w.split("=")[0]).anyMatch(example::contains),
                        row.where() + ": the example of '" + row.list() + "' shows none of its words");
                for (String w : row.words()) {
                    assertEquals(w.toLowerCase(locale), w, row.where() + ": words are lower case");
                }
            }
        }
    }

    @Test
    void aListTakesTheWordsOfBothLanguagesOrOfOne() {
        assertTrue(Words.of("negation").containsAll(List.of("nicht", "not")));
        assertEquals(List.of("nicht", "nie", "niemals"), List.copyOf(Words.of(Language.GERMAN, "negation")));
        assertEquals(List.of(), List.copyOf(Words.of(Language.ENGLISH, "subordinators")));
        assertEquals("2", Words.pairs("counted-numbers").get("two"));
    }

    @Test
    void anUnknownListIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Words.of("no-such-list"));
        assertTrue(e.getMessage().contains("no-such-list"), e.getMessage());
    }
}
