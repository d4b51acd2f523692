/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.dedup.MinHash;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleIds;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;

/**
 * Turns analyses into rows of the evidence tables ({@link #emit}, shared with the Spark job) and writes them in the
 * caller's transaction. Instances are not thread-safe; {@link #emit} is.
 */
public final class AnalysisRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The evidence tables in write order, each with its width; ingest_log is filled by {@link #add}. */
    private final Map<String, BatchInsert> tables = new LinkedHashMap<>();
    private final BatchInsert log = new BatchInsert("ingest_log", 2);

    AnalysisRows() {
        for (String t : Schema.EVIDENCE) {
            tables.put(t, new BatchInsert(t, Schema.columns(t).size()));
        }
    }

    /** Buffers the rows of one analysis; {@code input} names where it came from, {@code seq} its ingest number. */
    void add(Analysis a, String input, long seq) {
        emit(a, input, (table, values) -> tables.get(table).add(values));
        log.add(seq, a.article().id());
    }

    /**
     * The rows one analysis adds to the evidence tables articles, sentences, entities, mentions, timexes, events,
     * claims and signatures, handed to {@code out} table by table; {@code input} names where it came from.
     */
    public static void emit(Analysis a, String input, RowSink out) {
        Article art = a.article();
        String id = art.id();
        String text = a.annotated().text().text();
        int tokens = 0;
        for (Sentence s : a.annotated().sentences()) {
            tokens += s.tokens().size();
        }
        out.row("articles", id, art.url(), art.canonicalUrl(), art.outlet(), art.language(), art.published(),
                art.dateMethod().wireName(), art.modified(), art.kicker(), art.title(), art.lead(),
                json(art.authors()), art.paywalled(), art.extraction(), text, a.annotated().sentences().size(),
                tokens, ArticleIds.hash("text:" + ArticleIds.contentKey(art)), input);
        for (Sentence s : a.annotated().sentences()) {
            out.row("sentences", id, s.index(), s.start(), s.end(), s.tokens().size(), s.isParsed());
        }
        for (Entity e : a.entities()) {
            out.row("entities", id, e.id(), e.type().name(), e.label(), e.codes().get("iso3"),
                    e.codes().get("cameo"), e.mentions().size());
            for (Mention m : e.mentions()) {
                out.row("mentions", id, e.id(), m.sentence(), m.start(), m.end(), m.text(), m.method(),
                        m.confidence());
            }
        }
        for (Timex t : a.timexes()) {
            out.row("timexes", id, t.sentence(), t.start(), t.end(), t.text(), t.type(), t.value(), t.method());
        }
        EventRows.emit(id, a.events(), a.claims(), out);
        out.row("signatures", id, MinHash.toBytes(MinHash.of(signatureText(art))));
    }

    void flush(InsertStatements c) throws SQLException {
        for (BatchInsert b : tables.values()) {
            b.flush(c);
        }
        log.flush(c);
    }

    /** The text near-duplicates are judged on: lead and body, since reprints often rewrite the headline. */
    static String signatureText(Article a) {
        StringBuilder sb = new StringBuilder(a.lead() == null ? "" : a.lead());
        a.body().forEach(p -> sb.append('\n').append(p.text()));
        return sb.toString().isBlank() ? String.valueOf(a.title()) : sb.toString();
    }

    static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always serialisable", e);
        }
    }
}
