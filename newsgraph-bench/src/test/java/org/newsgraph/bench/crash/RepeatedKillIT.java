/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.DataDir;

/**
 * {@code newsgraph bench crash} at CI size: a few Reuters stories ingested once uninterrupted and once killed with
 * SIGKILL at two random points and resumed; the two stores must be identical (articles, events, claims, clusters,
 * counts, index size, search hits). 30 stories: with 12, a kill's random delay could let the resumed run store the
 * rest before the second kill point, and the bench then rightly reports one kill. The bench runs the size (2,000 articles, five kills). Skipped without
 * ../shared/data.
 */
class RepeatedKillIT {
    @TempDir
    Path dir;

    @Test
    void aStoreKilledTwiceAndResumedEqualsAnUninterruptedOne() throws Exception {
        Assumptions.assumeTrue(DataDir.dataset("news/en-reuters21578-xml").isPresent(),
                "../shared/data/news/en-reuters21578-xml is absent: skipped");
        Path jar = Path.of("target/newsgraph-bench.jar");
        assertTrue(Files.isRegularFile(jar), "the bench jar is built in the package phase");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dnewsgraph.data=" + DataDir.find().orElseThrow(), "-jar", jar.toString(), "bench", "crash",
                "--docs", "30", "--kills", "2", "--seed", "5", "--heap", "2g", "--work", dir.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.MINUTES));
        String out = String.join("\n", lines);
        assertEquals(0, p.exitValue(), out);
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.startsWith("bench=crash docs=30 kills=2 "), summary);
        assertTrue(summary.contains(" identical=true "), out);
        assertTrue(summary.contains(" articles=30 "), summary);
    }
}
