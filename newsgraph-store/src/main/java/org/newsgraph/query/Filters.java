/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.time.LocalDate;

/**
 * The filters every list accepts; {@code null} means "any".
 *
 * @param from      published (or, for events, dated) on or after this day
 * @param to        on or before this day
 * @param language  the articles' language, {@code de} or {@code en}
 * @param outlet    an outlet name (case-insensitive)
 * @param actor     an actor id ({@code country:RUS}), a country code ({@code RUS}) or a name ({@code Russland})
 * @param eventType a PLOVER type ({@code CONSULT})
 * @param certainty {@code asserted}, {@code reported}, {@code hedged}, {@code speculated} or {@code denied}
 */
public record Filters(LocalDate from, LocalDate to, String language, String outlet, String actor, String eventType,
        String certainty) {
    public static final Filters NONE = new Filters(null, null, null, null, null, null, null);

    /** The same filters for another actor (already resolved to an id), or none. */
    public Filters withActor(String id) {
        return new Filters(from, to, language, outlet, id, eventType, certainty);
    }
}
