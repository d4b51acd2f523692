/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.link.Actor;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.link.Ascii;
import org.newsgraph.link.StateRollup;
import org.newsgraph.model.Language;

/**
 * The derived {@code actors} table (one row per actor id: its most used label, its label in English and in German,
 * the state it belongs to today, its articles and mentions) and {@code actor_names} (every name it goes by: the
 * registry's names, adjectives, words for its people and seats in both languages, and every label the articles use),
 * which actor search matches. A registry actor's labels are the registry's; another's are the label its articles
 * in that language use most, else the one used most anywhere.
 */
final class ActorTables {
    private ActorTables() {}

    static void refresh(Connection db, ActorRegistry registry) throws SQLException {
        Map<String, Map<String, String>> byLanguage = labelsByLanguage(db);
        StateRollup rollup = new StateRollup(registry);
        BatchInsert actors = new BatchInsert("actors", 10);
        BatchInsert names = new BatchInsert("actor_names", 3);
        Map<String, Set<String>> seen = seenLabels(db);
        String sql = Derivation.ACTORS_SQL + " ORDER BY id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String id = rs.getString(1);
                String label = rs.getString(3);
                Optional<Actor> known = registry.get(id);
                Map<String, String> own = byLanguage.getOrDefault(id, Map.of());
                String en = known.map(a -> a.label(Language.ENGLISH)).orElse(own.getOrDefault("en", label));
                String de = known.map(a -> a.label(Language.GERMAN)).orElse(own.getOrDefault("de", label));
                actors.add(id, rs.getString(2), label, rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                        en, de, rollup.stateOf(id, rs.getString(4), null));
                Set<String> all = new LinkedHashSet<>(List.of(en, de));
                known.ifPresent(a -> a.names().values().forEach(n -> {
                    all.addAll(n.labels());
                    all.addAll(n.adjectives());
                    all.addAll(n.people());
                    all.addAll(n.seats());
                }));
                all.addAll(seen.getOrDefault(id, Set.of()));
                for (String n : all) {
                    names.add(id, n, Ascii.key(n));
                }
            }
        }
        execute(db, "DELETE FROM actors");
        execute(db, "DELETE FROM actor_names");
        actors.flush(db);
        names.flush(db);
    }

    /** Per actor and article language, the label used most (ties: alphabetical). */
    private static Map<String, Map<String, String>> labelsByLanguage(Connection db) throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        String sql = """
                SELECT entity_id, language, first(label ORDER BY n DESC, label) FROM (
                  SELECT e.entity_id, a.language, e.label, count(*) AS n FROM entities e
                  JOIN articles a ON a.id = e.article_id WHERE a.language IN ('de', 'en') GROUP BY 1, 2, 3)
                GROUP BY 1, 2""";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return out;
    }

    /** Every label the articles use for each actor. */
    private static Map<String, Set<String>> seenLabels(Connection db) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT DISTINCT entity_id, label FROM entities WHERE label IS NOT NULL")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }
}
