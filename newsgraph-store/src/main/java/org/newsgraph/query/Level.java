/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.Locale;
import java.util.Optional;

/**
 * At which level relations are counted: between the actors as named ({@code actor}: Putin, the Kremlin, Russia
 * apart), or between the states and organisations they belong to on each event's day ({@code state}, the default:
 * everything Putin does as president counts for Russia), as GDELT and ACLED code an actor's country.
 */
public enum Level {
    ACTOR, STATE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> of(String name) {
        for (Level l : values()) {
            if (l.wireName().equalsIgnoreCase(name.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
