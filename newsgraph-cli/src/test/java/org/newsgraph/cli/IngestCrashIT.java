/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreSearch;

/**
 * Crash safety, end to end: a real {@code newsgraph ingest} child process is killed with SIGKILL in the middle of a
 * run, restarted, and must end with exactly the store of an uninterrupted run (same tables, same index); ingesting the
 * same input again must change nothing.
 */
class IngestCrashIT {
    static final Path FIXTURES = Path.of("src/test/resources/crash");
    static final Pattern PROGRESS = Pattern.compile("progress: .*stored=(\\d+)");
    static final Pattern SUMMARY = Pattern.compile("ingest: (\\d+) stored, (\\d+) skipped as duplicates, (\\d+) failed");

    @TempDir
    Path dir;

    record Run(int exit, List<String> lines) {
        int[] summary() {
            for (String l : lines) {
                Matcher m = SUMMARY.matcher(l);
                if (m.find()) {
                    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))};
                }
            }
            throw new AssertionError("no summary line in " + lines);
        }
    }

    static Process start(Path store, Path input, String lang, String heap) throws IOException {
        Path jar = Path.of("target/newsgraph.jar");
        assertTrue(Files.isRegularFile(jar), "the application jar is built in the package phase");
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "ingest", "--store", store.toString(), "--threads",
                "1", "--batch", "1", "--progress-interval", "100", "--lang", lang, input.toString())
                .redirectErrorStream(true).start();
    }

    /** Runs to the end, or kills the process with SIGKILL once it reports at least {@code killAt} stored articles. */
    static Run run(Path store, int killAt) throws Exception {
        return run(start(store, FIXTURES, "en", "2g"), killAt);
    }

    static Run run(Process p, int killAt) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
                Matcher m = PROGRESS.matcher(line);
                if (killAt > 0 && m.find() && Integer.parseInt(m.group(1)) >= killAt) {
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close, no commit
                    break;
                }
            }
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the ingest finishes");
        return new Run(p.exitValue(), lines);
    }

    static String export(Path store) throws Exception {
        try (Store s = Store.openExisting(store)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.export(s, ExportFormat.JSONL, null, out);
            try (StoreSearch search = s.search()) {
                return out.toString(StandardCharsets.UTF_8) + "\nindex documents: " + search.documents()
                        + "\nsearch: " + search.search(SearchRequest.of("harbour OR satellite OR teachers"), "[", "]");
            }
        }
    }

    @Test
    void killedIngestResumesToTheStoreOfAnUninterruptedRun() throws Exception {
        Path whole = dir.resolve("whole");
        Run a = run(whole, 0);
        assertEquals(0, a.exit(), String.join("\n", a.lines()));
        int[] s = a.summary();
        assertEquals(12, s[0], "stored");
        assertEquals(1, s[1], "the repeated JSONL record is a duplicate");
        assertEquals(2, s[2], "the malformed JSONL line and the empty file fail");
        assertTrue(a.lines().stream().anyMatch(l -> l.contains("11-wire.jsonl:4: malformed JSON")), a.lines().toString());

        Path crashed = dir.resolve("crashed");
        Run killed = run(crashed, 3);
        assertNotEquals(0, killed.exit(), "killed before the end");
        Run resumed = run(crashed, 0);
        assertEquals(0, resumed.exit(), String.join("\n", resumed.lines()));
        int[] r = resumed.summary();
        assertTrue(r[1] >= 4, "articles committed before the kill are skipped on restart: " + resumed.lines());
        assertEquals(13, r[0] + r[1]);
        assertEquals(export(whole), export(crashed));

        Run again = run(whole, 0);
        assertEquals(0, again.summary()[0], "nothing new the second time");
        assertEquals(13, again.summary()[1]);
        assertTrue(again.lines().stream().anyMatch(l -> l.startsWith("store " + whole + ": articles=12 ")),
                again.lines().toString());
        assertEquals(export(crashed), export(whole));
    }
}
