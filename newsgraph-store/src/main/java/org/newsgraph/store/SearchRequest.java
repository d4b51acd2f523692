/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.time.LocalDate;

/**
 * A full-text search: a Lucene query string and optional filters.
 *
 * @param query     Lucene query syntax, matched against titles and texts in both languages
 * @param actor     only articles (or sentences) mentioning this actor id, or {@code null}
 * @param outlet    only this outlet (case-insensitive), or {@code null}
 * @param language  only this language ("de", "en"), or {@code null}
 * @param from      published on or after this day, or {@code null}
 * @param to        published on or before this day, or {@code null}
 * @param sentences search single sentences instead of whole articles
 * @param limit     the most hits to return
 */
public record SearchRequest(String query, String actor, String outlet, String language, LocalDate from, LocalDate to,
        boolean sentences, int limit) {
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, false, 10);
    }
}
