/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.pipeline.Pipelines;

/**
 * Evaluation gate: events of the project's sample articles against the team's gold ({@code gold/events.tsv}). The
 * floors are pinned just below the measured figures; lowering one is an explicit change to this file.
 */
class SamplesEventsIT {
    static final double PRECISION_FLOOR = 0.80;
    static final double RECALL_FLOOR = 0.56;
    static final double MODALITY_FLOOR = 0.97;

    @Test
    void sampleArticles() throws Exception {
        Optional<Path> samples = SamplesDir.find();
        assumeTrue(samples.isPresent(), "samples/ not found: skipping the samples events evaluation");
        Map<String, Analysis> analyses = SampleAnalyses.of(samples.get(), Pipelines.standard());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        EventGold.Result r = EventGold.score(analyses, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String figures = String.format(Locale.ROOT, "events P=%.3f R=%.3f F1=%.3f modality=%.3f time=%.3f",
                r.prf().precision(), r.prf().recall(), r.prf().f1(), r.modalityAgreement(), r.timeAgreement());
        System.out.println(buf.toString(StandardCharsets.UTF_8) + figures);
        assertTrue(r.prf().precision() >= PRECISION_FLOOR, figures);
        assertTrue(r.prf().recall() >= RECALL_FLOOR, figures);
        assertTrue(r.modalityAgreement() >= MODALITY_FLOOR, figures);
    }
}
