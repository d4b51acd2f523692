/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The state (or organisation) an actor belongs to on a day, as GDELT and ACLED code an actor's country on every
 * event: an office holder belongs to the state or organisation of the office held that day (Putin in 2023:
 * {@code country:RUS}; a UN secretary-general: {@code org:united-nations}), anyone else with a recorded country to
 * that country (a spokesman, a ministry, an outlet, a city), a country, an international organisation or an armed
 * group to itself. Thread-safe; reads the registry only.
 */
public final class StateRollup {
    /** Offices in the order they decide: a national leader who also chairs an organisation belongs to the state. */
    private static final List<String> OFFICES = List.of("leader", "head-of-state", "head-of-government",
            "foreign-minister", "defence-minister", "crown-prince", "speaker");

    private final ActorRegistry registry;

    public StateRollup(ActorRegistry registry) {
        this.registry = registry;
    }

    /**
     * The id of the state or organisation {@code actorId} belongs to on {@code day} ({@code null}: roles still held).
     * An actor outside the registry belongs to the country of its {@code iso3} code, else to itself.
     *
     * @param actorId an actor id, or {@code null}
     * @param iso3    the country code stored with the mention's entity, or {@code null}
     * @return the state's id, the actor's own id when it belongs to none, or {@code null} for a null actor
     */
    public String stateOf(String actorId, String iso3, LocalDate day) {
        if (actorId == null) {
            return null;
        }
        if (actorId.startsWith("country:")) {
            return actorId;
        }
        Optional<Actor> known = registry.get(actorId);
        if (known.isEmpty()) {
            return iso3 != null && iso3.matches("[A-Z]{3}") ? country(iso3) : actorId;
        }
        Actor a = known.get();
        Role held = office(a, day);
        if (held != null) {
            return held.country().matches("[A-Z]{3}") ? country(held.country()) : held.country();
        }
        if (a.type() == org.newsgraph.model.EntityType.GROUP || a.country() == null
                || !a.country().matches("[A-Z]{3}")) {
            return actorId;
        }
        return country(a.country());
    }

    /** The role that decides on {@code day}: national offices first, then any other office. */
    private static Role office(Actor a, LocalDate day) {
        Role best = null;
        int rank = Integer.MAX_VALUE;
        for (Role r : a.roles()) {
            if (!r.heldOn(day)) {
                continue;
            }
            int i = OFFICES.indexOf(r.office());
            int k = i < 0 ? OFFICES.size() : i;
            if (k < rank) {
                best = r;
                rank = k;
            }
        }
        return best;
    }

    private static String country(String iso3) {
        return "country:" + iso3.toUpperCase(Locale.ROOT);
    }
}
