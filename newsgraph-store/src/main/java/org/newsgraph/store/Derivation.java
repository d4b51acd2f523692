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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.dedup.ActorRef;
import org.newsgraph.dedup.EventCluster;
import org.newsgraph.dedup.EventClusterer;
import org.newsgraph.dedup.EventDate;
import org.newsgraph.dedup.MinHash;
import org.newsgraph.dedup.NearDuplicates;
import org.newsgraph.dedup.Report;
import org.newsgraph.dedup.TimeSpan;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.link.StateRollup;
import org.newsgraph.model.PloverType;
import org.newsgraph.place.PlaceResolver;

/**
 * Recomputes the derived tables from the evidence tables: syndication groups (near-duplicate texts), actors (one row
 * per actor id with its labels in both languages, and every name it goes by), event details (dates, the parties'
 * states, places), the dates of temporal expressions, and event clusters. Runs in the caller's transaction;
 * deterministic, so the same evidence always gives the same derived rows whatever the ingest order.
 */
final class Derivation {
    private Derivation() {}

    static void refresh(Connection db) throws SQLException {
        Map<String, String> groups = syndication(db);
        ActorRegistry registry = ActorRegistry.builtIn();
        ActorTables.refresh(db, registry);
        EventDetails.refresh(db, new StateRollup(registry), PlaceResolver.builtIn());
        TimexDates.refresh(db);
        clusters(db, groups);
    }

    private static Map<String, String> syndication(Connection db) throws SQLException {
        List<NearDuplicates.Signed> signed = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT article_id, minhash FROM signatures")) {
            while (rs.next()) {
                signed.add(new NearDuplicates.Signed(rs.getString(1), MinHash.fromBytes(rs.getBytes(2))));
            }
        }
        Map<String, String> groups = NearDuplicates.groups(signed);
        Map<String, Integer> sizes = new HashMap<>();
        groups.values().forEach(g -> sizes.merge(g, 1, Integer::sum));
        BatchInsert rows = new BatchInsert("syndication", 3);
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(e.getKey(), e.getValue(), sizes.get(e.getValue())));
        execute(db, "DELETE FROM syndication");
        rows.flush(db);
        return groups;
    }

    private static void clusters(Connection db, Map<String, String> groups) throws SQLException {
        Map<String, Report> reports = new HashMap<>();
        Map<String, ReportDetails> details = new HashMap<>();
        String sql = """
                WITH codes AS (SELECT article_id, entity_id, max(iso3) AS iso3, max(cameo) AS cameo FROM entities
                               GROUP BY article_id, entity_id)
                SELECT e.id, e.article_id, a.outlet, a.language, e.type, e.cameo, e.source_entity, sc.iso3, sc.cameo,
                       e.target_entity, tc.iso3, tc.cameo, e.time_value, e.modality, a.published, d.source_state,
                       d.target_state, d.place, d.place_en, d.place_de, d.place_country, d.latitude, d.longitude
                FROM events e JOIN articles a ON a.id = e.article_id
                LEFT JOIN event_details d ON d.event_id = e.id
                LEFT JOIN codes sc ON sc.article_id = e.article_id AND sc.entity_id = e.source_entity
                LEFT JOIN codes tc ON tc.article_id = e.article_id AND tc.entity_id = e.target_entity""";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String article = rs.getString(2);
                reports.put(rs.getString(1), new Report(rs.getString(1), article, rs.getString(3), rs.getString(4),
                        groups.getOrDefault(article, article), PloverType.valueOf(rs.getString(5)),
                        rs.getString(6), actor(rs.getString(7), rs.getString(8), rs.getString(9)),
                        actor(rs.getString(10), rs.getString(11), rs.getString(12)),
                        TimeSpan.parse(rs.getString(13)).orElse(null), "negated".equals(rs.getString(14))));
                details.put(rs.getString(1), ReportDetails.read(rs, 14));
            }
        }
        BatchInsert clusters = new BatchInsert("clusters", 29);
        BatchInsert members = new BatchInsert("cluster_reports", 4);
        for (EventCluster c : EventClusterer.cluster(reports.values())) {
            Report anchor = reports.get(c.reports().get(0));
            TimeSpan t = c.time();
            Optional<EventDate> date = t == null ? Optional.empty() : EventDate.of(t);
            List<ReportDetails> all = c.reports().stream().map(details::get).toList();
            ReportDetails first = all.get(0);
            ReportDetails placed = all.stream().filter(d -> d.place() != null).findFirst().orElse(first);
            clusters.add(c.id(), c.type().name(), c.cameo(), CooperationScale.quadClass(c.cameo(), c.type()),
                    CooperationScale.score(c.cameo(), c.type()), c.source(), c.target(),
                    anchor.source() == null ? null : anchor.source().country(),
                    anchor.target() == null ? null : anchor.target().country(), AnalysisRows.json(c.actors()),
                    date.map(EventDate::text).orElse(null), t == null ? null : t.start(), t == null ? null : t.end(),
                    c.reports().size(), c.articles(), c.outlets(), c.independentSources(),
                    AnalysisRows.json(c.languages()), date.map(d -> d.precision().wireName()).orElse(null),
                    all.stream().map(ReportDetails::published).filter(java.util.Objects::nonNull).min(
                            java.util.Comparator.naturalOrder()).orElse(null),
                    first.sourceState(), first.targetState(), first.modality(), placed.place(), placed.placeEn(),
                    placed.placeDe(), placed.placeCountry(), placed.latitude(), placed.longitude());
            for (int i = 0; i < c.reports().size(); i++) {
                String r = c.reports().get(i);
                members.add(c.id(), i, r, reports.get(r).articleId());
            }
        }
        execute(db, "DELETE FROM clusters");
        execute(db, "DELETE FROM cluster_reports");
        clusters.flush(db);
        members.flush(db);
    }

    private static ActorRef actor(String id, String iso3, String cameo) {
        if (id == null) {
            return null;
        }
        Map<String, String> codes = new HashMap<>();
        if (iso3 != null) {
            codes.put("iso3", iso3);
        }
        if (cameo != null) {
            codes.put("cameo", cameo);
        }
        return ActorRef.of(id, codes);
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }
}
