/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.source.Collector;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.source.WarcFilter;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.InputFiles;
import org.newsgraph.store.ParquetImport;
import org.newsgraph.store.Schema;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreSearch;

/**
 * The Spark job in local mode on two cores against the embedded ingest of the same WARC and JSONL files: the same
 * rows in every evidence table, the same derived tables, the bad records in {@code rejects}, and an import of the
 * Parquet output that gives the embedded store's counts.
 */
class SparkJobIT {
    @TempDir
    static Path dir;
    static Path warc;
    static Path jsonl;
    static Path store;
    static Path out;
    static JobCounts counts;
    static IngestSummary embedded;
    static Connection duck;

    @BeforeAll
    static void run() throws Exception {
        warc = JobInputs.warc(dir);
        jsonl = JobInputs.jsonl(dir);
        store = dir.resolve("store");
        out = dir.resolve("out");
        embedded = ingest(store, warc, jsonl);
        SparkSession spark = SparkCommand.session("local[2]");
        try {
            counts = NewsgraphJob.run(spark, JobOptions.of(List.of(warc.toString(), jsonl.toString()),
                    out.toString()));
        } finally {
            spark.stop();
        }
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = duck.createStatement()) {
            st.execute("ATTACH '" + store.resolve(Store.DB_FILE) + "' AS embedded (READ_ONLY)");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (duck != null) {
            duck.close();
        }
    }

    /** What {@code newsgraph ingest WARC JSONL} does, through the same classes. */
    static IngestSummary ingest(Path storeDir, Path warcFile, Path jsonlFile) throws Exception {
        try (Store st = Store.open(storeDir);
                Ingester ingester = new Ingester(st, Pipelines.standard(), new Ingester.Options(2, 32))) {
            InputHints hints = new InputHints(null, null, null, "auto");
            InputFiles.read(List.of(jsonlFile), new InputFiles.Visitor() {
                @Override
                public void document(RawDocument doc) {
                    ingester.accept(doc, hints);
                }

                @Override
                public void failure(String input, String reason) {
                    ingester.fail(input, reason);
                }
            });
            new Collector(SourceSettings.defaults(), ingester).collect(List.of(warcFile.toString()), WarcFilter.ALL)
                    .failureMessages().forEach(m -> ingester.fail("collect", m));
            return ingester.finish();
        }
    }

    @Test
    void countsAddUpAndBadRecordsAreRejected() throws SQLException {
        assertEquals(5, counts.stored(), counts.toString());
        assertEquals(3, counts.rejected(), counts.toString());
        assertEquals(8, counts.records(), counts.toString());
        assertEquals(embedded.stored(), counts.stored());
        List<List<Object>> rejects = rows("SELECT stage, record, reason FROM " + parquet("rejects")
                + " ORDER BY stage");
        assertEquals(3, rejects.size(), rejects.toString());
        assertEquals("analyze", rejects.get(0).get(0));
        assertTrue(rejects.get(0).get(2).toString().contains("unsupported language (fr)"), rejects.toString());
        assertEquals("extract", rejects.get(1).get(0));
        assertEquals(jsonl + ":4", rejects.get(1).get(1));
        assertTrue(rejects.get(1).get(2).toString().contains("JSON"), rejects.toString());
        assertEquals("read", rejects.get(2).get(0));
        assertTrue(rejects.get(2).get(1).toString().startsWith(warc + " at byte "), rejects.toString());
    }

    @Test
    void filtersKeepOnlyTheChosenHostAndDays() throws SQLException {
        Path filtered = dir.resolve("filtered");
        SparkSession spark = SparkCommand.session("local[2]");
        JobCounts c;
        try {
            c = NewsgraphJob.run(spark, new JobOptions(List.of(warc.toString(), jsonl.toString()),
                    filtered.toString(), "auto", java.util.Set.of("en"), java.time.LocalDate.of(2023, 9, 1),
                    java.time.LocalDate.of(2023, 9, 30), java.util.Set.of("wire.example"), 2));
        } finally {
            spark.stop();
        }
        // the G20 page is kept; the other page lies in November; the JSONL records come from other hosts (the
        // French one is never analysed); the broken line and the cut record fail before any filter
        assertEquals(new JobCounts(8, 1, 0, 5, 0, 2, c.seconds()), c);
        assertEquals(List.of(List.of("https://wire.example/en/g20-new-delhi")), rows("SELECT url FROM read_parquet('"
                + filtered.resolve("articles") + "/**/*.parquet')"));
    }

    @Test
    void evidenceTablesHoldTheEmbeddedStoresRows() throws SQLException {
        for (Map.Entry<String, String> t : Schema.EXPORTED.entrySet()) {
            if (!Schema.EVIDENCE.contains(t.getKey())) {
                continue;
            }
            String cols = String.join(", ", Tables.names(t.getKey()));
            List<List<Object>> expected = rows("SELECT " + cols + " FROM embedded." + t.getKey() + " ORDER BY "
                    + t.getValue() + ", " + cols);
            List<List<Object>> actual = rows("SELECT " + cols + " FROM " + parquet(t.getKey()) + " ORDER BY "
                    + t.getValue() + ", " + cols);
            assertFalse(expected.isEmpty(), t.getKey());
            assertEquals(expected, actual, t.getKey());
        }
        assertTrue(rows("SELECT * FROM embedded.events").size() >= 5, "the samples hold events");
        assertTrue(rows("SELECT * FROM embedded.claims").size() >= 5, "the samples hold claims");
    }

    @Test
    void partitionedByLanguageAndMonth() throws SQLException {
        List<List<Object>> folders = rows("SELECT DISTINCT lang, month FROM " + parquet("articles") + " ORDER BY 1, 2");
        assertEquals(rows("SELECT DISTINCT language, substr(CAST(published AS VARCHAR), 1, 7) FROM embedded.articles "
                + "ORDER BY 1, 2"), folders);
        assertEquals(4, folders.size(), folders.toString());
    }

    @Test
    void derivedTablesAreTheStoresOwn() throws SQLException {
        for (String table : Schema.DERIVED) {
            String cols = String.join(", ", Tables.names(table));
            assertEquals(rows("SELECT " + cols + " FROM embedded." + table + " ORDER BY ALL"),
                    rows("SELECT " + cols + " FROM " + parquet(table) + " ORDER BY ALL"), table);
        }
        List<List<Object>> copies = rows("SELECT count(*) FROM " + parquet("syndication") + " WHERE copies = 2");
        assertEquals(2L, copies.get(0).get(0), "the reprint and its original");
        List<List<Object>> syndicated = rows("SELECT reports, independent_sources FROM " + parquet("clusters")
                + " WHERE reports > independent_sources");
        assertFalse(syndicated.isEmpty(), "a cluster whose reports include the reprint counts it once");
    }

    @Test
    void dyadsSumTheClusters() throws SQLException {
        assertEquals(rows("SELECT count(*), sum(reports) FROM embedded.clusters WHERE time_start IS NOT NULL AND "
                + "(source IS NOT NULL OR target IS NOT NULL)"), rows("SELECT sum(clusters)::BIGINT, "
                + "sum(reports)::HUGEINT FROM " + parquet("dyads")));
    }

    @Test
    void importGivesTheEmbeddedStore() throws Exception {
        Path imported = dir.resolve("imported");
        ParquetImport.Result r = ParquetImport.run(imported, out);
        assertEquals(5, r.articles());
        assertTrue(r.derived());
        try (Store b = Store.openExisting(imported); StoreSearch search = b.search()) {
            assertEquals(embedded.counts(), b.counts());
            assertFalse(b.derivedStale());
            List<SearchHit> hits = search.search(SearchRequest.of("\"African Union\""), "[", "]");
            assertEquals(2, hits.size(), "the original and the reprint, found in the index built on import");
        }
        assertEquals(0, ParquetImport.run(imported, out).articles(), "a second import adds nothing");
    }

    private static String parquet(String table) {
        return "read_parquet('" + out.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
    }

    private static List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v);
                }
                out.add(row);
            }
        }
        return out;
    }
}
