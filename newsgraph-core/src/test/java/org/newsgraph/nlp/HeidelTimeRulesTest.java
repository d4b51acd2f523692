/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The anchoring of HeidelTime's rule patterns: the same groups, no start HeidelTime would reject. */
class HeidelTimeRulesTest {
    private static List<String> starts(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group(1));
        }
        return out;
    }

    @Test
    void keepsGroupNumbersAndFlags() {
        Pattern p = Pattern.compile("(\\d{4})|(?:in )?(January|March)", Pattern.CASE_INSENSITIVE);
        Pattern a = HeidelTimeRules.anchored(p);
        assertEquals(p.matcher("").groupCount(), a.matcher("").groupCount());
        assertEquals(p.flags(), a.flags());
        Matcher m = a.matcher("IN MARCH");
        m.find();
        assertEquals("MARCH", m.group(2));
    }

    @Test
    void dropsExactlyTheStartsHeidelTimeRejects() {
        Pattern a = HeidelTimeRules.anchored(Pattern.compile("(\\d{4})"));
        // after a letter, digit, underscore, $ or +, or a digit and a full stop: rejected by HeidelTime anyway
        for (String text : List.of("A2019", "12019", "_2019", "$2019", "+2019", "3.2019")) {
            assertFalse(starts(a, text).stream().anyMatch(s -> s.startsWith(text.length() - 4 + ":")), text);
        }
        // after a space, a bracket, a hyphen, a slash or a full stop after a letter: kept
        assertEquals(List.of("1:2019"), starts(a, " 2019"));
        assertEquals(List.of("1:2019"), starts(a, "(2019)"));
        assertEquals(List.of("1:2019"), starts(a, "-2019"));
        assertEquals(List.of("2:2019"), starts(a, "1/2019"));
        assertEquals(List.of("2:2019"), starts(a, "v.2019"));
    }

    @Test
    void aRejectedStartNoLongerHidesALaterMatch() {
        Pattern p = Pattern.compile("(\\d \\d|\\d) h");
        // "1 2 h" starts after a letter (HeidelTime drops it) and used to hide "2 h"
        assertEquals(List.of("1:1 2"), starts(p, "a1 2 h"));
        assertEquals(List.of("3:2"), starts(HeidelTimeRules.anchored(p), "a1 2 h"));
    }
}
