/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

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
import org.newsgraph.pipeline.Pipelines;

/**
 * Evaluation gate: quotation attribution on the test split of the German Wikinews dataset, by the standard pipeline
 * as shipped (the rules; no trained model is shipped, see docs/claims.md). Measured 0.694 / 0.543 / 0.678; the floors
 * are pinned just below; lowering one is an explicit change to this file. The targets (quote 0.75, speaker
 * 0.70, cue 0.70) are not reached yet.
 */
class QuotesBenchIT {
    static final double QUOTE_F1_FLOOR = 0.68;
    static final double SPEAKER_F1_FLOOR = 0.53;
    static final double CUE_F1_FLOOR = 0.67;

    @Test
    void wikinewsTestSplit() throws Exception {
        Optional<Path> dataset = DataDir.dataset("news/de-wikinews-quotation-attribution");
        assumeTrue(dataset.isPresent(),
                "../shared/data/news/de-wikinews-quotation-attribution not found: skipping the quotes evaluation");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SummaryLine line = QuotesBench.run(new QuotesBench.Options(dataset.get(), "test", 0, 0), Pipelines.standard(),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.println(buf.toString(StandardCharsets.UTF_8));
        assertTrue(Double.parseDouble(line.get("quote_f1")) >= QUOTE_F1_FLOOR, line.toString());
        assertTrue(Double.parseDouble(line.get("speaker_f1")) >= SPEAKER_F1_FLOOR, line.toString());
        assertTrue(Double.parseDouble(line.get("cue_f1")) >= CUE_F1_FLOOR, line.toString());
    }
}
