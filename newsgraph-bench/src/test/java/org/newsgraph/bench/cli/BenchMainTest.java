/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;

/** The bench artifact is the application's command line with {@code bench}: same commands, same exit codes. */
class BenchMainTest {
    @Test
    void benchListsItsTasksAndUsageErrorsAreExitCodeTwo() {
        StringWriter out = new StringWriter();
        int code = Main.run(cl -> {
            BenchMain.extend(cl);
            cl.setOut(new PrintWriter(out, true));
        }, "bench", "--help");
        assertEquals(0, code);
        String help = out.toString();
        for (String task : new String[] {"ner", "extraction", "dates", "quotes", "samples", "events", "claims",
            "agreement", "throughput", "parse", "queries", "api", "fuzz", "hostile", "crash", "watch"}) {
            assertTrue(help.contains(task), help);
        }
        assertEquals(2, BenchMain.run("bench", "ner", "--no-such-option"));
        assertEquals(2, BenchMain.run("no-such-command"));
    }
}
