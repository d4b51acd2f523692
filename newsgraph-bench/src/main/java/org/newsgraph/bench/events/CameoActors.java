/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

import java.util.Optional;
import org.newsgraph.link.Actor;
import org.newsgraph.link.ActorRegistry;

/**
 * The three-letter head of an actor's CAMEO code, as PETRARCH-style evaluations compare actors: a country's code
 * ("USA"), the country of a person, institution or place ("person:kim-jong-un": "PRK"), an international
 * organisation's prefix ("IGOUNO": "IGO"); "---" when the actor is unknown or has none.
 */
public final class CameoActors {
    public static final String NONE = "---";

    private final ActorRegistry registry;

    public CameoActors(ActorRegistry registry) {
        this.registry = registry;
    }

    /** The code head of one of our actor ids, or {@link #NONE}. */
    public String head(String entityId) {
        if (entityId == null) {
            return NONE;
        }
        Optional<Actor> found = registry.get(entityId);
        if (found.isEmpty()) {
            return NONE;
        }
        Actor a = found.get();
        if (a.cameo() != null && a.cameo().length() >= 3) {
            return a.cameo().substring(0, 3);
        }
        if (a.iso3() != null) {
            return a.iso3();
        }
        if (a.country() != null && a.country().matches("[A-Z]{3}")) {
            return a.country();
        }
        return NONE;
    }

    /** The head of a gold actor code ("SYRREB": "SYR", "---REB": "---"). */
    public static String headOf(String code) {
        return code == null || code.length() < 3 ? NONE : code.substring(0, 3);
    }
}
