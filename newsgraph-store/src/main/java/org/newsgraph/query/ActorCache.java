/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every stored actor's names in both languages and the state it belongs to, read once from the {@code actors} table
 * (a few bytes an actor: 36,000 actors are about 3 MB), so that reads name actors and find a relation's side without
 * joining or scanning that table on every request. Immutable; a reader loads a new one after writes.
 */
final class ActorCache {
    /** One actor: its English and German label and its state. */
    record Entry(String labelEn, String labelDe, String state) {}

    private final Map<String, Entry> byId;
    private final Set<String> states;

    private ActorCache(Map<String, Entry> byId, Set<String> states) {
        this.byId = byId;
        this.states = states;
    }

    static ActorCache load(ReadPool.Lease l) throws SQLException {
        Map<String, Entry> byId = new HashMap<>();
        Set<String> states = new HashSet<>();
        try (ResultSet rs = Rows.run(l, "SELECT id, label_en, label_de, state FROM actors")) {
            while (rs.next()) {
                byId.put(rs.getString(1), new Entry(rs.getString(2), rs.getString(3), rs.getString(4)));
                states.add(rs.getString(4));
            }
        }
        return new ActorCache(byId, states);
    }

    Entry get(String id) {
        return byId.get(id);
    }

    /** True when a stored actor has the id, or some stored actor belongs to it (a state no article names). */
    boolean known(String id) {
        return byId.containsKey(id) || states.contains(id);
    }
}
