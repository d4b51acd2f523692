/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.source.WarcFilter;

/**
 * Reads each document into an article (the cheap part of the pipeline) to learn its id, and applies the job's host,
 * date and language filters, so that duplicates and filtered records never reach the NLP. The pipeline is the JVM's
 * one {@link Pipelines#standard()}, looked up on the executor: never serialised, built once per executor JVM.
 */
final class ReadStage implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final JobOptions options;

    ReadStage(JobOptions options) {
        this.options = options;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Pipeline pipeline = Pipelines.standard();
        WarcFilter hosts = new WarcFilter(options.hosts(), null, null);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                return Records.DOCUMENT.equals(r.getString(3)) ? read(pipeline, hosts, r) : r;
            }
        };
    }

    private Row read(Pipeline pipeline, WarcFilter hosts, Row r) {
        RawDocument doc = Records.toDocument(r);
        InputHints hints = Records.hints(r, options.lang());
        Article article;
        try {
            article = pipeline.read(doc, hints);
        } catch (BadInputException e) {
            return Records.with(r, Records.REJECTED, "extract", reason(doc.name(), e), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return Records.with(r, Records.REJECTED, "extract", "reading failed: " + e, null, null);
        }
        if (!options.hosts().isEmpty() && (article.url() == null || !hosts.accepts(article.url(), null))) {
            return Records.with(r, Records.FILTERED, "filter", "host", article.id(), null);
        }
        if (options.from() != null || options.to() != null) {
            LocalDate day = article.published() != null ? article.published()
                    : doc.fetched() == null ? null : doc.fetched().atZone(ZoneOffset.UTC).toLocalDate();
            if (day == null || (options.from() != null && day.isBefore(options.from()))
                    || (options.to() != null && day.isAfter(options.to()))) {
                return Records.with(r, Records.FILTERED, "filter", "date", article.id(), null);
            }
        }
        String language = null;
        if (!options.languages().isEmpty()) {
            try {
                language = pipeline.language(article, doc.name(), hints).code();
            } catch (BadInputException e) {
                return Records.with(r, Records.REJECTED, "language", reason(doc.name(), e), article.id(), null);
            }
            if (!options.languages().contains(language)) {
                return Records.with(r, Records.FILTERED, "filter", "language " + language, article.id(), null);
            }
        }
        return Records.with(r, Records.DOCUMENT, null, null, article.id(), language);
    }

    /** The exception's message without the record name it starts with (the rejects table names it already). */
    static String reason(String name, BadInputException e) {
        String m = String.valueOf(e.getMessage());
        return m.startsWith(name + ": ") ? m.substring(name.length() + 2) : m;
    }
}
