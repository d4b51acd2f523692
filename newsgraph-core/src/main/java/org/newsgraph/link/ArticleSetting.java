/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.EntityType;

/**
 * The state an article is set in, as a reader takes it when the text names no one for "the police" or "a man": the
 * first state its headline names, by a country or a place ("Arrests made in theft of gold toilet in England"), else
 * the state its text names most often, countries and places counted alike (the first named on a tie), else none. The
 * first place of the text is no guide: a lead often starts where a conference meets ("In London beraten Dutzende
 * Staaten über den Sudan"). One rule, used by the linker for institution nouns and by the event coder for unnamed
 * people.
 */
public final class ArticleSetting {
    /** A linked mention in text order: the actor id, what kind of actor it is, and whether it is in the headline. */
    public record Mentioned(String actorId, EntityType type, boolean headline) {}

    private ArticleSetting() {}

    /** The ISO alpha-3 code of the article's state, or null. */
    public static String of(List<Mentioned> mentions, ActorRegistry registry) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mentioned m : mentions) {
            String country = stateOf(m.actorId(), registry);
            if (country != null && m.headline()) {
                return country;
            }
            if (country != null) {
                counts.merge(country, 1, Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The state a country or place id stands in (its ISO code), or null for other actors and unknown ids. */
    public static String stateOf(String actorId, ActorRegistry registry) {
        if (actorId == null) {
            return null;
        }
        Actor a = registry.get(actorId).orElse(null);
        if (a == null) {
            return null;
        }
        if (a.type() == EntityType.COUNTRY && a.iso3() != null) {
            return a.iso3();
        }
        return a.type() == EntityType.LOCATION && a.country() != null && a.country().matches("[A-Z]{3}") ? a.country()
                : null;
    }
}
