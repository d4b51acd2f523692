/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code demo} refuse bad input with one line and the contract's exit codes, before serving. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingStoreIsAnIoError() {
        CliRun r = CliRun.of("serve", "--store", dir.resolve("nothing").toString(), "--port", "0");
        assertEquals(ExitCodes.IO, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no such store folder"), r.err());
    }

    @Test
    void aBadPortIsAUsageError() {
        CliRun r = CliRun.of("serve", "--store", dir.toString(), "--port", "70000");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
    }

    @Test
    void aShortTokenIsRefused() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "short");
        CliRun r = CliRun.of("serve", "--store", dir.toString(), "--token-file", token.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("16 characters"), r.err());
    }

    @Test
    void demoWithoutSamplesSaysWhere() {
        CliRun r = CliRun.of("demo", "--store", dir.resolve("demo").toString(), "--samples",
                dir.resolve("none").toString());
        assertEquals(ExitCodes.IO, r.code(), r.err());
        assertTrue(r.err().contains("none"), r.err());
    }
}
