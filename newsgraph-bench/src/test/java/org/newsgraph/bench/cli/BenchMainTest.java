/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bench artifact is the application's command line with {@code bench}: same commands, same exit codes. */
class BenchMainTest {
    @Test
    void benchListsItsTasksAndUsageErrorsAreExitCodeTwo() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = BenchMain.run("bench", "--help");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, code);
        String help = out.toString(StandardCharsets.UTF_8);
        for (String task : new String[] {"ner", "extraction", "events", "throughput", "api"}) {
            assertTrue(help.contains(task), help);
        }
        assertEquals(2, BenchMain.run("bench", "ner", "--no-such-option"));
        assertEquals(2, BenchMain.run("no-such-command"));
    }
}
