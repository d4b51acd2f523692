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
 * Every stored actor's row — its names in both languages, the state it belongs to, its counts — read once from the
 * {@code actors} table (a hundred bytes an actor: 36,000 actors are about 4 MB), so that reads name actors and find a relation's side without
 * joining or scanning that table on every request. Immutable; a reader loads a new one after writes.
 */
final class ActorCache {
    /** One actor: its English and German label, its state, and the rest of its row. */
    record Entry(String labelEn, String labelDe, String state, String type, String iso3, String cameo, long articles,
            long mentions) {}

    private final Map<String, Entry> byId;
    private final Set<String> states;

    private ActorCache(Map<String, Entry> byId, Set<String> states) {
        this.byId = byId;
        this.states = states;
    }

    static ActorCache load(ReadPool.Lease l) throws SQLException {
        Map<String, Entry> byId = new HashMap<>();
        Set<String> states = new HashSet<>();
        try (ResultSet rs = Rows.run(l, "SELECT id, label_en, label_de, state, type, iso3, cameo, articles, mentions "
                + "FROM actors")) {
            while (rs.next()) {
                byId.put(rs.getString(1), new Entry(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9)));
                states.add(rs.getString(4));
            }
        }
        return new ActorCache(byId, states);
    }

    /** The stored actor's row named in the reader's language, or one made of the id (a state no article names). */
    ActorRow row(String id, Names names) {
        Entry e = byId.get(id);
        return e == null ? new ActorRow(id, null, names.label(id), null, null, 0, 0, id)
                : new ActorRow(id, e.type(), names.label(id), e.iso3(), e.cameo(), e.articles(), e.mentions(), e.state());
    }

    Entry get(String id) {
        return byId.get(id);
    }

    /** True when a stored actor has the id, or some stored actor belongs to it (a state no article names). */
    boolean known(String id) {
        return byId.containsKey(id) || states.contains(id);
    }
}
