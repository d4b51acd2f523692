/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/** The job's records, options and counts, without a Spark session. */
class RecordsTest {
    @Test
    void aDocumentSurvivesItsRow() {
        RawDocument doc = new RawDocument("https://wire.example/a", "<html>ä</html>".getBytes(StandardCharsets.UTF_8),
                "https://wire.example/a", "text/html; charset=utf-8", Instant.parse("2023-09-11T08:00:00Z"),
                Map.of("content-type", "text/html; charset=utf-8"), "warc");
        Row row = Records.document("/w.warc.gz", 3, doc, InputHints.fromFeed("https://wire.example/a", null, null,
                List.of(), null));
        RawDocument back = Records.toDocument(row);
        assertEquals(doc.name(), back.name());
        assertEquals("<html>ä</html>", new String(back.bytes(), StandardCharsets.UTF_8));
        assertEquals(doc.headers(), back.headers());
        assertEquals(doc.fetched(), back.fetched());
        InputHints h = Records.hints(row, "en");
        assertTrue(h.fallbacks(), "a WARC record's URL is a fallback, as the collector hands it on");
        assertEquals("https://wire.example/a", h.url());
        Row kept = Records.with(row, Records.DOCUMENT, null, null, "abc", "de");
        assertEquals("de", Records.analysisHints(kept, "auto").language());
        assertNull(Records.with(row, Records.FILTERED, "filter", "date", "abc", null).get(6), "no bytes kept");
    }

    @Test
    void aJsonlRecordGetsTheLanguageOption() {
        Row row = Records.document("/a.jsonl", 0, RawDocument.ofFile("/a.jsonl:1", "{}".getBytes(
                StandardCharsets.UTF_8)), InputHints.NONE);
        InputHints h = Records.hints(row, "de");
        assertFalse(h.fallbacks());
        assertEquals("de", h.language());
    }

    @Test
    void exportLinesThatAreNotArticlesAreRecognised() {
        assertTrue(Records.exportNonArticle(bytes("{\"record\": \"event\", \"id\": \"a:e1\"}")));
        assertFalse(Records.exportNonArticle(bytes("{\"record\": \"article\", \"title\": \"T\"}")));
        assertFalse(Records.exportNonArticle(bytes("{\"title\": \"record\"}")));
        assertFalse(Records.exportNonArticle(bytes("{\"record\": \"event\"")), "a broken line goes to the reader");
    }

    @Test
    void localPathsLoseTheirScheme() {
        assertEquals("/tmp/x y/a.jsonl", InputReader.localName("file:/tmp/x%20y/a.jsonl"));
        assertEquals("s3a://bucket/a.warc.gz", InputReader.localName("s3a://bucket/a.warc.gz"));
    }

    @Test
    void optionsAreCheckedAndCountsMustAddUp() {
        assertThrows(IllegalArgumentException.class, () -> new JobOptions(List.of("a"), "out", "fr", null, null,
                null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new JobOptions(List.of("a"), "out", "en", null,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), null, 0));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.of(List.of(), "out"));
        assertEquals(Set.of("example.org"), new JobOptions(List.of("a"), "out", "EN", null, null, null,
                Set.of(" Example.ORG "), 0).hosts());
        assertThrows(IllegalStateException.class, () -> new JobCounts(5, 1, 1, 1, 1, 0, 0));
        assertEquals(5, new JobCounts(5, 1, 1, 1, 1, 1, 0).records());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
