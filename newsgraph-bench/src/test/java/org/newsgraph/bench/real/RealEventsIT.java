/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.DataDir;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;

/**
 * Evaluation gate: events and claims of real Wikinews articles nobody on the team wrote, against the team's gold
 * (docs/annotation.md), on the dev split (tuned on) and the test split (measured only). The floors are pinned just
 * below the figures measured on 2026-12-07 (events dev P 0.348 R 0.073, test P 0.234 R 0.047; claims dev P 0.742
 * R 0.783 speaker 0.853 linked 0.700 after the linking rules of the same day); they are far below the goal of issue
 * 14 and only stop a regression. Lowering one is an explicit change to this file.
 */
class RealEventsIT {
    static final double DEV_EVENTS_PRECISION_FLOOR = 0.30;
    static final double DEV_EVENTS_RECALL_FLOOR = 0.06;
    static final double TEST_EVENTS_PRECISION_FLOOR = 0.22;
    static final double TEST_EVENTS_RECALL_FLOOR = 0.04;
    static final double DEV_CLAIMS_PRECISION_FLOOR = 0.72;
    static final double DEV_CLAIMS_RECALL_FLOOR = 0.76;
    static final double DEV_CLAIMS_SPEAKER_FLOOR = 0.83;
    static final double DEV_CLAIMS_LINKED_FLOOR = 0.68;

    private static final Pipeline PIPELINE = Pipelines.standard();

    private static Optional<Path> data() {
        return DataDir.dataset("news/events-dev").flatMap(p -> DataDir.find());
    }

    private static SummaryLine events(Path data, String split) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SummaryLine line = RealBench.events(new RealBench.Options(data, split, null, false), PIPELINE,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.println(buf.toString(StandardCharsets.UTF_8));
        return line;
    }

    private static double value(SummaryLine line, String key) {
        return Double.parseDouble(line.get(key));
    }

    @Test
    void eventsOnTheDevAndTestSplits() throws Exception {
        Optional<Path> data = data();
        assumeTrue(data.isPresent(), "../shared/data/news/events-dev not found: skipping the real-text evaluation");
        SummaryLine dev = events(data.get(), "dev");
        assertTrue(value(dev, "precision") >= DEV_EVENTS_PRECISION_FLOOR, dev.toString());
        assertTrue(value(dev, "recall") >= DEV_EVENTS_RECALL_FLOOR, dev.toString());
        SummaryLine test = events(data.get(), "test");
        assertTrue(value(test, "precision") >= TEST_EVENTS_PRECISION_FLOOR, test.toString());
        assertTrue(value(test, "recall") >= TEST_EVENTS_RECALL_FLOOR, test.toString());
    }

    @Test
    void claimsOnTheDevSplit() throws Exception {
        Optional<Path> data = data();
        assumeTrue(data.isPresent(), "../shared/data/news/events-dev not found: skipping the real-text evaluation");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SummaryLine line = RealBench.claims(new RealBench.Options(data.get(), "dev", null, false), PIPELINE,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.println(buf.toString(StandardCharsets.UTF_8));
        assertTrue(value(line, "precision") >= DEV_CLAIMS_PRECISION_FLOOR, line.toString());
        assertTrue(value(line, "recall") >= DEV_CLAIMS_RECALL_FLOOR, line.toString());
        assertTrue(value(line, "speaker") >= DEV_CLAIMS_SPEAKER_FLOOR, line.toString());
        assertTrue(value(line, "linked") >= DEV_CLAIMS_LINKED_FLOOR, line.toString());
    }
}
