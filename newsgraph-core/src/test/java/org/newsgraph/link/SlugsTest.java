/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void slugsAreStableAsciiWithHyphens() {
        assertEquals("alexander-kalinin", Slugs.of("Alexander Kalinin"));
        assertEquals("gaidar-institut", Slugs.of("Gaidar-Institut"));
        assertEquals("suedkorea", Slugs.of("Südkorea"));
        assertEquals("przemyslaw-ii", Slugs.of("Przemysław II."));
        assertEquals("x", Slugs.of("«»"));
    }
}
