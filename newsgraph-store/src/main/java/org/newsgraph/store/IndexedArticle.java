/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the full-text index holds of one article, built from an analysis at ingest or from the tables when the index
 * is rebuilt: the same record either way, so both paths index identically.
 *
 * @param id               article id
 * @param language         "de" or "en"
 * @param outlet           outlet, or {@code null}
 * @param published        publication day, or {@code null}
 * @param title            headline, or {@code null}
 * @param text             the analysed text
 * @param sentences        sentence spans ({@code [start, end]}) in order
 * @param actors           actor ids mentioned in the article
 * @param actorsBySentence actor ids by sentence index
 */
public record IndexedArticle(String id, String language, String outlet, LocalDate published, String title,
        String text, List<int[]> sentences, Set<String> actors, Map<Integer, Set<String>> actorsBySentence) {}
