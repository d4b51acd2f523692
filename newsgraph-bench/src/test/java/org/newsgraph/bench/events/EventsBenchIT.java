/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

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
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.pipeline.Pipelines;

/**
 * Evaluation gate: CAMEO event coding on the PETRARCH-2 validation sentences (root code + source + target). The floors
 * are pinned just below the measured figures; lowering one is an explicit change to this file.
 */
class EventsBenchIT {
    static final double PRECISION_FLOOR = 0.82;
    static final double RECALL_FLOOR = 0.54;
    static final double FULL_CODE_F1_FLOOR = 0.49;

    @Test
    void petrarchValidationSentences() throws Exception {
        Optional<Path> file = DataDir.dataset("petrarch2/universalpetrarch/PETR2_GSR_validation.xml");
        assumeTrue(file.isPresent(), "../shared/data/petrarch2/universalpetrarch not found: skipping the events evaluation");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SummaryLine line = EventsBench.run(new EventsBench.Options(file.get(), false), Pipelines.standard(),
                ActorRegistry.builtIn(), new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.println(buf.toString(StandardCharsets.UTF_8));
        assertTrue(Double.parseDouble(line.get("precision")) >= PRECISION_FLOOR, line.toString());
        assertTrue(Double.parseDouble(line.get("recall")) >= RECALL_FLOOR, line.toString());
        assertTrue(Double.parseDouble(line.get("full_code_f1")) >= FULL_CODE_F1_FLOOR, line.toString());
    }
}
