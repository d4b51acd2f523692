/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.DataDir;

/**
 * Speed against Readability4J in the same run, on one thread, after warm-up, by the thread's CPU time (which other
 * work on the machine hardly changes): Newsgraph must stay at least twice as fast. The absolute rate (issue target 200
 * docs/s) depends on the machine and is measured by {@code bench extraction}, not pinned here. Skips when the data is
 * absent.
 */
class ExtractionSpeedIT {
    /** Our CPU docs/s over Readability4J's on scrapinghub-aeb (issue target 2). */
    static final double MIN_RATIO = 2.0;

    @Test
    void twiceAsFastAsReadability4j() throws Exception {
        Optional<Path> dir = DataDir.dataset("extraction/scrapinghub-aeb");
        assumeTrue(dir.isPresent(), "benchmark data absent: ../shared/data/extraction/scrapinghub-aeb");
        ExtractionDataset data = ExtractionDataset.load(dir.get(), 0);
        ExtractionBench.Result peer = ExtractionBench.evaluate(ExtractionBench.peer("readability4j"), data);
        ExtractionBench.Result ours = ExtractionBench.evaluate(new NewsgraphExtractor(), data);
        double ratio = ours.cpuDocsPerSecond() / peer.cpuDocsPerSecond();
        assertTrue(ratio >= MIN_RATIO, String.format(java.util.Locale.ROOT,
                "newsgraph %.1f CPU docs/s is %.2f times readability4j's %.1f (floor %.1f)", ours.cpuDocsPerSecond(),
                ratio, peer.cpuDocsPerSecond(), MIN_RATIO));
    }
}
