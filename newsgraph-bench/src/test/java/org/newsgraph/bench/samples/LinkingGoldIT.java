/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.Prf;
import org.newsgraph.pipeline.Pipelines;

/**
 * Evaluation gate for actor linking: the team's 140 German and English test sentences with dated role nouns,
 * ambiguous family names and capitals as governments or places (gold/linking.tsv). Measured 0.965 of 399 gold links
 * right at precision 0.967; floors pinned just below.
 */
class LinkingGoldIT {
    static final double ACCURACY_FLOOR = 0.95;
    static final double PRECISION_FLOOR = 0.95;

    @Test
    void linksOfTheTeamsTestSentences() {
        ByteArrayOutputStream misses = new ByteArrayOutputStream();
        Prf prf = LinkingGold.score(Pipelines.standard(), new PrintStream(misses, true, StandardCharsets.UTF_8));
        System.out.printf("linking: %d of %d right (%.3f), precision %.3f%n%s", prf.truePositives(), prf.gold(),
                prf.recall(), prf.precision(), misses.toString(StandardCharsets.UTF_8));
        assertTrue(prf.recall() >= ACCURACY_FLOOR, "linking accuracy " + prf.recall());
        assertTrue(prf.precision() >= PRECISION_FLOOR, "linking precision " + prf.precision());
    }
}
