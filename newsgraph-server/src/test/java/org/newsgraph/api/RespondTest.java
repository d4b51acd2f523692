/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RespondTest {
    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        Table t = new Table(List.of("a", "b", "c"), List.of(
                Arrays.asList("plain", 3L, null),
                Arrays.asList("with, comma", "say \"hi\"", "two\nlines"),
                Arrays.asList("=HYPERLINK(\"x\")", "-5 points", -2.5),
                Arrays.asList("@SUM(A1)", "+1", List.of(1, 2))));
        assertEquals("a,b,c\r\n"
                + "plain,3,\r\n"
                + "\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",'-5 points,-2.5\r\n"
                + "'@SUM(A1),'+1,\"[1,2]\"\r\n", Respond.csv(t));
    }
}
