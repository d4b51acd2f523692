/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LibraryOutputTest {
    @Test
    void aLibrarysPrintingGoesToStandardErrorAndOursStaysOnStandardOutput() {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String r = LibraryOutput.divert(() -> {
                System.out.println("wrong format");
                return "done";
            });
            System.out.println("{\"schema\":1}");
            assertEquals("done", r);
            assertEquals("{\"schema\":1}", out.toString(StandardCharsets.UTF_8).strip());
            assertEquals("wrong format", err.toString(StandardCharsets.UTF_8).strip());
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }
}
