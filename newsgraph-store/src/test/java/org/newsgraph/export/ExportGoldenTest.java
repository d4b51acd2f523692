/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.store.MeetingFixture;
import org.newsgraph.store.PendingArticle;
import org.newsgraph.store.Schema;
import org.newsgraph.store.Store;

/**
 * Golden-file tests of every export format on the meeting fixture. To regenerate the golden files after an intended
 * change, run with {@code -Dnewsgraph.updateGolden=true} and review the diff.
 */
class ExportGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/export/golden");
    static final boolean UPDATE = Boolean.getBoolean("newsgraph.updateGolden");

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() throws Exception {
        store = Store.open(dir.resolve("store"));
        List<PendingArticle> batch = new ArrayList<>();
        for (Analysis a : MeetingFixture.analyses()) {
            batch.add(new PendingArticle(a, "cluster/" + a.article().outlet()));
        }
        store.write(batch);
    }

    @org.junit.jupiter.api.AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void jsonl() throws Exception {
        assertGolden("meeting.jsonl", single(ExportFormat.JSONL));
    }

    @Test
    void gdelt() throws Exception {
        assertGolden("meeting.gdelt.tsv", single(ExportFormat.GDELT));
    }

    @Test
    void graphml() throws Exception {
        assertGolden("meeting.graphml", single(ExportFormat.GRAPHML));
    }

    @Test
    void csvWritesEveryTable() throws Exception {
        Path out = dir.resolve("csv");
        Exporter.export(store, ExportFormat.CSV, out, null);
        for (String table : Schema.EXPORTED.keySet()) {
            assertGolden("csv/" + table + ".csv", Files.readString(out.resolve(table + ".csv")));
        }
    }

    @Test
    void parquetHoldsTheSameRowsAsCsv() throws Exception {
        Path out = dir.resolve("parquet");
        Exporter.export(store, ExportFormat.PARQUET, out, null);
        for (String table : Schema.EXPORTED.keySet()) {
            Path back = dir.resolve("parquet-" + table + ".csv");
            try (Statement st = store.connection().createStatement()) {
                st.execute("COPY (SELECT * FROM read_parquet('" + out.resolve(table + ".parquet") + "')) TO '"
                        + back + "' (FORMAT CSV, HEADER, DELIMITER ',')");
            }
            assertEquals(Files.readString(GOLDEN.resolve("csv/" + table + ".csv")), Files.readString(back), table);
        }
    }

    private static String single(ExportFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store, f, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertEquals(Files.readString(file), actual, name);
    }
}
