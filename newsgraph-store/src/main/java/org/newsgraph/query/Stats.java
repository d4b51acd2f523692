/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.List;

/**
 * What a store holds.
 *
 * @param articles   articles
 * @param mentions   actor mentions
 * @param actors     actors
 * @param events     event reports
 * @param claims     claims
 * @param clusters   real-world events
 * @param outlets    outlets
 * @param first      the first article's day
 * @param last       the last article's day
 * @param languages  articles per language
 * @param eventTypes event reports per PLOVER type
 */
public record Stats(long articles, long mentions, long actors, long events, long claims, long clusters, long outlets,
        String first, String last, List<LanguageCount> languages, List<TypeCount> eventTypes) {
    /** Articles in one language. */
    public record LanguageCount(String language, long articles) {}

    /** Event reports of one type. */
    public record TypeCount(String type, long reports) {}
}
