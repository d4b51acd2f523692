/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {
    @Test
    void marksBecomeRangesOverThePlainText() {
        Snippet s = Snippet.of("<b>Putin</b> met [Kim] … and <i>Putin</i>", "[", "]");
        assertEquals("<b>Putin</b> met Kim … and <i>Putin</i>", s.text());
        assertEquals(List.of(List.of(17, 20)), s.marks());
    }

    @Test
    void privateUseMarksAsTheSearcherUsesThem() {
        Snippet s = Snippet.of("\uE000a\uE001 b \uE000c\uE001", Searcher.PRE, Searcher.POST);
        assertEquals("a b c", s.text());
        assertEquals(List.of(List.of(0, 1), List.of(4, 5)), s.marks());
    }
}
