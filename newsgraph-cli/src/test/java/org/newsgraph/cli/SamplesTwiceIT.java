/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting the project's own {@code samples/} twice: the second run stores nothing and leaves the store as it was. */
class SamplesTwiceIT {
    static final Path SAMPLES = Path.of("../samples");

    @TempDir
    Path dir;

    @Test
    void theSecondIngestOfTheSamplesChangesNothing() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "no samples/ folder in this checkout: skipped");
        Path store = dir.resolve("store");
        IngestCrashIT.Run first = IngestCrashIT.run(IngestCrashIT.start(store, SAMPLES, "auto", "4g"), 0);
        assertEquals(0, first.exit(), String.join("\n", first.lines()));
        String before = IngestCrashIT.export(store);
        IngestCrashIT.Run second = IngestCrashIT.run(IngestCrashIT.start(store, SAMPLES, "auto", "4g"), 0);
        assertEquals(0, second.exit(), String.join("\n", second.lines()));
        int[] s = second.summary();
        assertEquals(0, s[0], "stored the second time");
        assertEquals(first.summary()[0] + first.summary()[1], s[1], "everything stored before is a duplicate now");
        assertEquals(before, IngestCrashIT.export(store));
    }
}
