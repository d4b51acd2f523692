/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void swissThousandsSeparatorsBecomeFullStopsWithoutShiftingOffsets() {
        String in = "über 30’000 Gastarbeiter und 1'250'000 Franken, aber Kims 'Zitat'";
        String out = TextNormalizer.forTokenizer(in);
        assertEquals(in.length(), out.length());
        assertEquals("über 30.000 Gastarbeiter und 1.250.000 Franken, aber Kims 'Zitat'", out);
    }
}
