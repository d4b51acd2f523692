/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreSearch;

/**
 * A disk that fills up while {@code newsgraph ingest} writes: the store lives on a small tmpfs volume, and once the
 * ingest has stored a few articles another file takes every byte left. The ingest ends with one clear line naming
 * the problem (no stack trace), and once space is free again the store opens, answers searches and a second ingest
 * completes it. Needs root (mount); skipped elsewhere.
 */
class FullDiskIT {
    @TempDir
    Path dir;

    @Test
    void aFullDiskGivesAClearErrorAndTheStoreOpensAfterwards() throws Exception {
        Path volume = Files.createDirectories(dir.resolve("volume"));
        Assumptions.assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", volume.toString()) == 0,
                "cannot mount a tmpfs volume here (not root): skipped");
        try {
            Path store = volume.resolve("store");
            Process p = IngestCrashIT.start(store, IngestCrashIT.FIXTURES, "en", "2g");
            List<String> lines = new ArrayList<>();
            boolean filled = false;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    Matcher m = IngestCrashIT.PROGRESS.matcher(line);
                    if (!filled && m.find() && Integer.parseInt(m.group(1)) >= 3) {
                        fill(volume.resolve("filler"));
                        filled = true;
                    }
                }
            }
            assertTrue(p.waitFor(10, TimeUnit.MINUTES));
            String out = String.join("\n", lines);
            assertTrue(filled, "the ingest stored three articles before the disk filled: " + out);
            assertEquals(ExitCodes.IO, p.exitValue(), out);
            String last = lines.get(lines.size() - 1);
            assertTrue(last.startsWith("newsgraph: ") && last.toLowerCase(java.util.Locale.ROOT).contains("space"),
                    "one clear line at the end: " + last);
            assertFalse(out.contains("\tat org.newsgraph"), "no stack trace without --debug: " + out);

            Files.delete(volume.resolve("filler"));
            try (Store s = Store.openExisting(store); StoreSearch search = s.search()) {
                assertTrue(s.counts().articles() >= 3, "the committed articles are there: " + s.counts());
                search.search(SearchRequest.of("harbour OR satellite OR teachers"), "[", "]");
            }
            IngestCrashIT.Run again = IngestCrashIT.run(IngestCrashIT.start(store, IngestCrashIT.FIXTURES, "en", "2g"),
                    0);
            assertEquals(0, again.exit(), String.join("\n", again.lines()));
            assertTrue(again.lines().stream().anyMatch(l -> l.startsWith("store " + store + ": articles=12 ")),
                    again.lines().toString());
        } finally {
            exec("umount", "-l", volume.toString());
        }
    }

    /** Writes zeros until the volume refuses more. */
    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the volume is full now
        }
    }

    private static int exec(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
