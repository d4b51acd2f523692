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

/** {@code ingest --from-parquet}: its usage errors (the import itself is proven by the Spark module's SparkJobIT). */
class IngestFromParquetTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsAnInputError() {
        CliRun r = CliRun.of("ingest", "--store", dir.resolve("s").toString(), "--from-parquet",
                dir.resolve("nope").toString());
        assertEquals(4, r.code(), r.err());
        assertTrue(r.err().contains("nope: no such folder"), r.err());
    }

    @Test
    void aFolderWithoutTheJobsTablesIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("out/articles"));
        CliRun r = CliRun.of("ingest", "--store", dir.resolve("s").toString(), "--from-parquet",
                dir.resolve("out").toString());
        assertTrue(r.code() != 0, r.out());
        assertTrue(r.err().contains("not the output of 'newsgraph spark'"), r.err());
    }

    @Test
    void inputsAndAnImportDoNotMix() {
        CliRun r = CliRun.of("ingest", "--store", dir.resolve("s").toString(), "--from-parquet",
                dir.toString(), "a.jsonl");
        assertEquals(2, r.code(), r.err());
        CliRun none = CliRun.of("ingest", "--store", dir.resolve("s").toString());
        assertEquals(2, none.code(), none.err());
    }
}
