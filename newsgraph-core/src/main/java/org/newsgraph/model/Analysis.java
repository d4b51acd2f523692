/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.List;

/**
 * The complete analysis of one article: the {@code newsgraph.analysis/1} document of the output contract.
 *
 * @param annotated the annotated text (article, text, sentences)
 * @param entities  entities with their mentions
 * @param timexes   temporal expressions
 * @param events    event reports
 * @param claims    attributed statements
 */
public record Analysis(AnnotatedText annotated, List<Entity> entities, List<Timex> timexes, List<Event> events,
        List<Claim> claims) {
    public static final String SCHEMA = "newsgraph.analysis/1";

    public Analysis {
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
    }

    public Article article() {
        return annotated.article();
    }
}
