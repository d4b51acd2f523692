/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.bench.DataDir;
import org.newsgraph.pipeline.Pipelines;

/**
 * Newsgraph's scorer and CoreNLP's parser give the same trees (heads and labels) on 500 real sentences per language:
 * the ones the pipeline selects for parsing in the throughput sets (read from ../shared/data; skipped when absent).
 */
class ParseParityIT {
    @ParameterizedTest
    @ValueSource(strings = {"news/de-10kgnad-testsplit", "news/en-wikinews-2019-2020"})
    void sameTreesAsCoreNlpsParser(String dataset) throws Exception {
        Path dir = DataDir.dataset(dataset).orElse(null);
        Assumptions.assumeTrue(dir != null, "../shared/data/" + dataset + " absent: skipped");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ParseBench.Result r = ParseBench.run(new ParseBench.Options(dir, 500), Pipelines.standard(),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.print(buf.toString(StandardCharsets.UTF_8));
        assertEquals(500, r.sentences());
        assertEquals(r.sentences(), r.identical(), buf.toString(StandardCharsets.UTF_8));
    }
}
