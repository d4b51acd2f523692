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

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest URL}: private addresses are refused before anything is fetched, with a clear reason. */
class IngestUrlTest {
    @TempDir
    Path dir;

    @Test
    void privateAddressIsRefusedWithoutTheFlag() {
        CliRun r = CliRun.of("ingest", "--store", dir.resolve("store").toString(), "https://10.0.0.5/x");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("https://10.0.0.5/x: refused: resolves to a private address (10.0.0.5); "
                + "use --allow-private to allow"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir.resolve("store")), "nothing is created for a refused run");
    }

    @Test
    void loopbackIsRefusedToo() {
        CliRun r = CliRun.of("ingest", "--store", dir.resolve("s").toString(), "http://127.0.0.1:9/feed.xml");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("loopback"), r.err());
    }
}
