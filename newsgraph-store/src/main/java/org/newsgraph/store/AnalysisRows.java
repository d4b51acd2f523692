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
import java.util.List;
import org.newsgraph.dedup.MinHash;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleIds;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;

/** Turns analyses into rows of the evidence tables and writes them in the caller's transaction. Not thread-safe. */
final class AnalysisRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BatchInsert articles = new BatchInsert("articles", 19);
    private final BatchInsert sentences = new BatchInsert("sentences", 6);
    private final BatchInsert entities = new BatchInsert("entities", 7);
    private final BatchInsert mentions = new BatchInsert("mentions", 8);
    private final BatchInsert timexes = new BatchInsert("timexes", 8);
    private final BatchInsert signatures = new BatchInsert("signatures", 2);
    private final BatchInsert log = new BatchInsert("ingest_log", 2);
    private final EventRows events = new EventRows();

    /** Buffers the rows of one analysis; {@code input} names where it came from, {@code seq} its ingest number. */
    void add(Analysis a, String input, long seq) {
        Article art = a.article();
        String id = art.id();
        String text = a.annotated().text().text();
        int tokens = 0;
        for (Sentence s : a.annotated().sentences()) {
            tokens += s.tokens().size();
            sentences.add(id, s.index(), s.start(), s.end(), s.tokens().size(), s.isParsed());
        }
        articles.add(id, art.url(), art.canonicalUrl(), art.outlet(), art.language(), art.published(),
                art.dateMethod().wireName(), art.modified(), art.kicker(), art.title(), art.lead(),
                json(art.authors()), art.paywalled(), art.extraction(), text, a.annotated().sentences().size(),
                tokens, ArticleIds.hash("text:" + ArticleIds.contentKey(art)), input);
        for (Entity e : a.entities()) {
            entities.add(id, e.id(), e.type().name(), e.label(), e.codes().get("iso3"), e.codes().get("cameo"),
                    e.mentions().size());
            for (Mention m : e.mentions()) {
                mentions.add(id, e.id(), m.sentence(), m.start(), m.end(), m.text(), m.method(), m.confidence());
            }
        }
        for (Timex t : a.timexes()) {
            timexes.add(id, t.sentence(), t.start(), t.end(), t.text(), t.type(), t.value(), t.method());
        }
        events.add(id, a.events(), a.claims());
        signatures.add(id, MinHash.toBytes(MinHash.of(signatureText(art))));
        log.add(seq, id);
    }

    void flush(InsertStatements c) throws SQLException {
        for (BatchInsert b : List.of(articles, sentences, entities, mentions, timexes, signatures, log)) {
            b.flush(c);
        }
        events.flush(c);
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
