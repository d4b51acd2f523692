/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.DataDir;
import org.newsgraph.bench.SummaryLine;

/** Floor of the publication-day accuracy on the htmldate set; skips when the data is absent. */
class DatesBenchIT {
    /** htmldate-eval accuracy (issue target 0.90). */
    static final double ACCURACY = 0.915;

    @Test
    void htmldateEval() throws Exception {
        Optional<Path> dir = DataDir.dataset("extraction/htmldate-eval");
        assumeTrue(dir.isPresent(), "benchmark data absent: ../shared/data/extraction/htmldate-eval");
        SummaryLine line = DatesBench.run(new DatesBench.Options(dir.get(), 0, 0),
                new PrintStream(OutputStream.nullOutputStream()));
        assertEquals("800", line.get("docs"));
        double accuracy = Double.parseDouble(line.get("accuracy"));
        assertTrue(accuracy >= ACCURACY, "htmldate-eval accuracy " + accuracy + " < floor " + ACCURACY);
    }
}
