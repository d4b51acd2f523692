/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search} and {@code export} work while {@code serve} runs on the same store, each a real child process: beside
 * a server that only reads (both hold the store read-only), and beside one that writes (they ask it).
 */
class ReadWhileServingIT {
    @TempDir
    Path dir;

    @Test
    void searchAndExportSucceedWhileServeRuns() throws Exception {
        Path store = dir.resolve("store");
        IngestCrashIT.Run ingest = IngestCrashIT.run(IngestCrashIT.start(store, IngestCrashIT.FIXTURES, "en", "2g"), 0);
        assertEquals(0, ingest.exit(), String.join("\n", ingest.lines()));
        for (String token : new String[] {null, "read-while-serving-token-1234"}) {
            Process serve = start(token, "serve", "--store", store.toString(), "--port", "0");
            try {
                awaitLine(serve, "Newsgraph is serving");
                Run search = run("search", "--store", store.toString(), "harbour");
                assertEquals(0, search.exit(), (token == null ? "read-only server: " : "writing server: ")
                        + search.output());
                assertTrue(search.output().contains("hit"), search.output());
                Path out = dir.resolve("export-" + (token == null ? "ro" : "rw") + ".jsonl");
                Run export = run("export", "--store", store.toString(), "--format", "jsonl", "--out", out.toString());
                assertEquals(0, export.exit(), export.output());
                assertTrue(Files.readString(out).contains("\"record\":\"article\""), "the export holds the articles");
                Path csv = dir.resolve("csv-" + (token == null ? "ro" : "rw"));
                Run tables = run("export", "--store", store.toString(), "--format", "csv", "--out", csv.toString());
                assertEquals(0, tables.exit(), tables.output());
                assertTrue(Files.size(csv.resolve("articles.csv")) > 0);
            } finally {
                serve.destroy(); // SIGTERM: the server closes the store
                assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "the server stops");
            }
        }
    }

    record Run(int exit, String output) {}

    private static Process start(String token, String... args) throws IOException {
        Path jar = Path.of("target/newsgraph.jar");
        assertTrue(Files.isRegularFile(jar), "the application jar is built in the package phase");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("NEWSGRAPH_TOKEN");
        if (token != null) {
            pb.environment().put("NEWSGRAPH_TOKEN", token);
        }
        return pb.start();
    }

    private static Run run(String... args) throws Exception {
        Process p = start(null, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finishes: " + String.join(" ", args));
        return new Run(p.exitValue(), out);
    }

    /** Reads the process's output until a line contains {@code text}; the rest is drained in the background. */
    private static void awaitLine(Process p, String text) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            seen.add(line);
            if (line.contains(text)) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) {
                            // the server's log is not needed
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new AssertionError("the server did not start: " + seen);
    }
}
