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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents get one clear line on standard error and the contract's exit code, never a stack trace. */
class AnalyzeErrorsTest {
    @TempDir
    Path dir;

    private CliRun analyze(String name, byte[] content) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return CliRun.of("analyze", f.toString());
    }

    private static void assertOneLine(CliRun r, int code, String fragment) {
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void emptyDocument() throws Exception {
        assertOneLine(analyze("empty.txt", new byte[0]), 3, "empty.txt: empty document");
    }

    @Test
    void binaryDocument() throws Exception {
        assertOneLine(analyze("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2}), 3, "binary");
    }

    @Test
    void notUtf8() throws Exception {
        assertOneLine(analyze("latin1.txt", "Grüße aus Köln".getBytes(StandardCharsets.ISO_8859_1)), 3, "not valid UTF-8");
    }

    @Test
    void missingFile() {
        assertOneLine(CliRun.of("analyze", dir.resolve("nope.txt").toString()), 4, "no such file");
    }

    @Test
    void badOptionIsUsage() {
        CliRun r = CliRun.of("analyze", "--published", "11.09.2023", "x.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--published"), r.err());
    }

    @Test
    void unknownLanguageIsUsage() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Titel\nText.", StandardCharsets.UTF_8);
        assertOneLine(CliRun.of("analyze", "--lang", "fr", f.toString()), 2, "--lang");
    }

    @Test
    void topLevelHelpListsOnlyRealCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("analyze"));
        assertTrue(r.out().contains("bench"));
    }
}
