/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.util.Locale;
import java.util.Map;

/**
 * An actor as event clustering sees it: its id and, where known, the country it belongs to, so that "Putin" and
 * "Russia" can stand for the same side of a dyad.
 *
 * @param id      actor id ({@code country:RUS}, {@code person:vladimir-putin}, {@code other:...})
 * @param country ISO 3166 alpha-3 code of the actor's country, or {@code null}
 */
public record ActorRef(String id, String country) {
    /** The actor with its country taken from its id ({@code country:RUS}) or codes ({@code iso3}, {@code cameo}). */
    public static ActorRef of(String id, Map<String, String> codes) {
        if (id == null) {
            return null;
        }
        String country = null;
        if (id.startsWith("country:")) {
            country = id.substring("country:".length());
        } else if (codes.get("iso3") != null) {
            country = codes.get("iso3");
        } else if (codes.get("cameo") != null && codes.get("cameo").length() >= 3) {
            country = codes.get("cameo").substring(0, 3);
        }
        return new ActorRef(id, country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    /** True when both name the same actor, or actors of the same country. */
    public boolean sameSide(ActorRef other) {
        return id.equals(other.id) || (country != null && country.equals(other.country));
    }
}
