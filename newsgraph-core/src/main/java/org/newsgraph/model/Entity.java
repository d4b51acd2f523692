/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.List;
import java.util.Map;

/**
 * An entity of one article with all its mentions: a registry actor when linked, otherwise an entity with an id
 * derived from its normalised name ({@code other:...}).
 *
 * @param id       actor id ({@code country:RUS}, {@code person:vladimir-putin}, {@code other:person:...})
 * @param type     entity type
 * @param label    display label in the article's language
 * @param codes    external codes ({@code iso3}, {@code cameo}) where known
 * @param mentions mentions in text order
 */
public record Entity(String id, EntityType type, String label, Map<String, String> codes, List<Mention> mentions) {
    public Entity {
        codes = Map.copyOf(codes);
        mentions = List.copyOf(mentions);
    }
}
