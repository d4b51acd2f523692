/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/**
 * The job's records before analysis: one row per input record (a WARC response, a JSONL line, a file) with its raw
 * bytes, what its source knows about it, and where it stands. Ordered by ({@code path}, {@code ordinal}), which
 * decides which of two records with the same article id is kept (the first, as in the embedded store).
 */
final class Records {
    /** Handed to the analysis. */
    static final String DOCUMENT = "document";
    /** Not an article: a redirect, a non-HTML capture, an event line of a store export. */
    static final String SKIPPED = "skipped";
    /** Outside the job's language, date or host filter. */
    static final String FILTERED = "filtered";
    /** The same article id as an earlier record. */
    static final String DUPLICATE = "duplicate";
    /** Failed; {@code stage} and {@code reason} say where and why. */
    static final String REJECTED = "rejected";

    static final StructType SCHEMA = new StructType()
            .add("record", DataTypes.StringType).add("path", DataTypes.StringType)
            .add("ordinal", DataTypes.LongType).add("status", DataTypes.StringType)
            .add("stage", DataTypes.StringType).add("reason", DataTypes.StringType)
            .add("bytes", DataTypes.BinaryType).add("url", DataTypes.StringType)
            .add("content_type", DataTypes.StringType).add("fetched", DataTypes.TimestampType)
            .add("headers", DataTypes.StringType).add("origin", DataTypes.StringType)
            .add("hint_url", DataTypes.StringType).add("id", DataTypes.StringType)
            .add("language", DataTypes.StringType);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {}

    /** A document; {@code hints} are kept when they are a source's fallbacks (a WARC record's canonical URL). */
    static Row document(String path, long ordinal, RawDocument doc, InputHints hints) {
        String headers;
        try {
            headers = JSON.writeValueAsString(doc.headers());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always serialisable", e);
        }
        return RowFactory.create(doc.name(), path, ordinal, DOCUMENT, null, null, doc.bytes(), doc.url(),
                doc.contentType(), doc.fetched(), headers, doc.origin(), hints.fallbacks() ? hints.url() : null,
                null, null);
    }

    static Row other(String path, long ordinal, String record, String status, String stage, String reason) {
        return RowFactory.create(record, path, ordinal, status, stage, reason, null, null, null, null, null, null,
                null, null, null);
    }

    /** The row with a new status (and, for a rejection, its stage and reason); bytes are dropped unless kept. */
    static Row with(Row r, String status, String stage, String reason, String id, String language) {
        boolean keep = DOCUMENT.equals(status);
        return RowFactory.create(r.getString(0), r.getString(1), r.getLong(2), status, stage, reason,
                keep ? r.get(6) : null, r.get(7), r.get(8), r.get(9), r.get(10), r.get(11), r.get(12), id, language);
    }

    static RawDocument toDocument(Row r) {
        Map<String, String> headers;
        try {
            headers = JSON.readValue(r.getString(10), new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers are written by this class", e);
        }
        return new RawDocument(r.getString(0), (byte[]) r.get(6), r.getString(7), r.getString(8),
                (java.time.Instant) r.get(9), headers, r.getString(11));
    }

    /** The hints the embedded ingest gives the same record: a WARC record's URL as fallback, else the language. */
    static InputHints hints(Row r, String lang) {
        String hintUrl = r.getString(12);
        return hintUrl != null ? InputHints.fromFeed(hintUrl, null, null, List.of(), null)
                : new InputHints(null, null, null, lang);
    }

    /** The hints for the analysis: as {@link #hints}, with the language when the read stage identified it. */
    static InputHints analysisHints(Row r, String lang) {
        InputHints h = hints(r, lang);
        String identified = r.getString(14);
        return identified == null ? h : new InputHints(h.url(), h.outlet(), h.published(), identified,
                h.publishedMethod(), h.authors(), h.summary());
    }

    /** True for a line of a store's JSONL export that is not an article (an event, claim or cluster record). */
    static boolean exportNonArticle(byte[] line) {
        String s = new String(line, StandardCharsets.UTF_8);
        if (!s.contains("\"record\"")) {
            return false;
        }
        try {
            JsonNode kind = JSON.readTree(s).get("record");
            return kind != null && kind.isTextual() && !"article".equals(kind.asText());
        } catch (JsonProcessingException e) {
            return false; // the reader reports the malformed line
        }
    }
}
