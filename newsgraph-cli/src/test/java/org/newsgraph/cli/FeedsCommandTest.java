/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.source.FeedState;
import org.newsgraph.source.StateFile;
import org.newsgraph.source.WatchState;
import picocli.CommandLine;

class FeedsCommandTest {
    @TempDir
    Path store;

    private static FeedState.Snapshot feed(String url, String title, Instant newest, int consecutiveErrors,
            String error) {
        List<Instant> items = new ArrayList<>();
        for (int i = 9; newest != null && i >= 0; i--) {
            items.add(newest.minus(Duration.ofHours(i)));
        }
        Instant now = Instant.now();
        return new FeedState.Snapshot(url, null, title, "\"e\"", null, now, consecutiveErrors > 0 ? null : now,
                newest == null ? null : now, error == null ? null : now, error, 5, 2, consecutiveErrors,
                consecutiveErrors, items.size(), items, List.of());
    }

    /** Runs the command line as {@link Main#run} does, with standard output captured. */
    private static int execute(StringWriter out, String... args) {
        CommandLine cl = new CommandLine(new NewsgraphCommand());
        cl.setExecutionExceptionHandler(new ExitCodes.Handler());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        assertEquals(ExitCodes.OK, execute(out, args));
        return out.toString();
    }

    @Test
    void printsTheHealthTableWorstFirst() throws Exception {
        Instant now = Instant.now();
        StateFile.write(store, new WatchState(List.of(
                feed("https://ok.example/rss", "OK News", now.minus(Duration.ofMinutes(20)), 0, null),
                feed("https://quiet.example/rss", "Quiet News", now.minus(Duration.ofDays(5)), 0, null),
                feed("https://down.example/rss", null, null, 4, "https://down.example/rss: HTTP 500")),
                List.of(), List.of(), List.of()));
        String out = run("feeds", "--store", store.toString());
        String[] lines = out.split("\\R");
        assertTrue(lines[1].startsWith("failing") && lines[1].endsWith("https://down.example/rss"), out);
        assertTrue(lines[2].contains("4 failed polls in a row: https://down.example/rss: HTTP 500"), out);
        assertTrue(lines[3].startsWith("silent") && lines[3].contains("Quiet News"), out);
        assertTrue(lines[4].contains("no new item for 5 d (usually one every 60 min)"), out);
        assertTrue(lines[5].startsWith("ok") && lines[5].contains("OK News"), out);
        assertEquals("3 feeds, 1 failing, 1 silent, 1 ok", lines[6]);

        String json = run("feeds", "--store", store.toString(), "--json");
        assertTrue(json.contains("\"status\":\"failing\"") && json.contains("\"items_per_day\":10.0"), json);
    }

    @Test
    void anEmptyStoreSaysHowToStart() {
        String out = run("feeds", "--store", store.toString());
        assertTrue(out.startsWith("no feeds watched yet in " + store), out);
        assertEquals(ExitCodes.IO, execute(new StringWriter(), "feeds", "--store",
                store.resolve("missing").toString()));
    }
}
