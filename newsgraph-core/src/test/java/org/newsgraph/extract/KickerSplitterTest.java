/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KickerSplitterTest {
    @Test
    void splitsAtAGluedLowerUpperBoundary() {
        var s = KickerSplitter.split("Krieg in NahostIsrael kündigt neue Offensive an", "...");
        assertEquals("Krieg in Nahost", s.kicker());
        assertEquals("Israel kündigt neue Offensive an", s.title());
    }

    @Test
    void keepsCamelCaseNamesThatRecurInTheText() {
        String text = "YouTube sperrt Kanäle\nYouTube hat am Montag mehrere Kanäle gesperrt.";
        var s = KickerSplitter.split("YouTube sperrt Kanäle", text);
        assertNull(s.kicker());
        assertEquals("YouTube sperrt Kanäle", s.title());
    }

    @Test
    void leavesOrdinaryHeadlinesAlone() {
        var s = KickerSplitter.split("Kim reist nach Russland", "Kim reist nach Russland");
        assertNull(s.kicker());
    }

    @Test
    void refusesAKickerLongerThanAKicker() {
        var s = KickerSplitter.split("Eins zwei drei vier fünf sechs sieben acht neunZehn Wörter im Titel", "");
        assertNull(s.kicker());
    }
}
