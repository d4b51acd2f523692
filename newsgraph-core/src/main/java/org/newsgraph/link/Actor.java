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
import org.newsgraph.model.Language;

/**
 * A registry actor: a country, person, organisation, armed group or news outlet with its names and codes.
 *
 * @param id      stable id ({@code country:RUS}, {@code person:vladimir-putin}, {@code org:united-nations})
 * @param type    entity type
 * @param iso3    ISO 3166 alpha-3 code (countries) or {@code null}
 * @param cameo   CAMEO actor code ({@code RUS}, {@code IGOUNO}) or {@code null}
 * @param country ISO alpha-3 code of the country the actor belongs to (people, national organisations) or {@code null}
 * @param names   names per language
 * @param roles   offices held, for people
 * @param executive for countries: the office that leads the government ({@code head-of-state} or
 *                  {@code head-of-government}); {@code null} means head of state
 * @param note      the maintainers' note ({@code unverified} marks dates not checked against a source), or {@code null}
 */
public record Actor(String id, EntityType type, String iso3, String cameo, String country,
        Map<Language, Names> names, List<Role> roles, String executive, String note) {

    public Actor {
        names = Map.copyOf(names);
        roles = List.copyOf(roles);
    }

    /** An actor without a note. */
    public Actor(String id, EntityType type, String iso3, String cameo, String country, Map<Language, Names> names,
            List<Role> roles, String executive) {
        this(id, type, iso3, cameo, country, names, roles, executive, null);
    }

    /**
     * Names in one language.
     *
     * @param labels     proper names; the first is the display label
     * @param adjectives derived adjectives (German: the stem, "russisch"; inflected forms are generated)
     * @param people     words for the people ("Russen", "Russians")
     * @param seats      metonyms for the government ("Moskau", "der Kreml", "the White House")
     */
    public record Names(List<String> labels, List<String> adjectives, List<String> people, List<String> seats) {
        public Names {
            labels = List.copyOf(labels);
            adjectives = List.copyOf(adjectives);
            people = List.copyOf(people);
            seats = List.copyOf(seats);
        }

        static Names empty() {
            return new Names(List.of(), List.of(), List.of(), List.of());
        }
    }

    /** The display label in a language, falling back to the other language and then the id. */
    public String label(Language language) {
        Names n = names.get(language);
        if (n != null && !n.labels().isEmpty()) {
            return n.labels().get(0);
        }
        for (Names other : names.values()) {
            if (!other.labels().isEmpty()) {
                return other.labels().get(0);
            }
        }
        return id;
    }

    /**
     * Codes for output: {@code iso3} and {@code cameo} where known. A person, organisation or place without an ISO
     * code of its own reports its country's ({@code Kim Jong-un}: iso3 PRK, cameo PRKGOV).
     */
    public Map<String, String> codes() {
        Map<String, String> m = new LinkedHashMap<>();
        if (iso3 != null) {
            m.put("iso3", iso3);
        } else if (country != null && country.matches("[A-Z]{3}")) {
            m.put("iso3", country);
        }
        if (cameo != null) {
            m.put("cameo", cameo);
        }
        return m;
    }
}
