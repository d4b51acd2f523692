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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.dedup.ActorRef;
import org.newsgraph.dedup.EventCluster;
import org.newsgraph.dedup.EventClusterer;
import org.newsgraph.dedup.MinHash;
import org.newsgraph.dedup.NearDuplicates;
import org.newsgraph.dedup.Report;
import org.newsgraph.dedup.TimeSpan;
import org.newsgraph.model.PloverType;

/**
 * Recomputes the derived tables from the evidence tables: syndication groups (near-duplicate texts), actors (one row
 * per actor id with its most used label) and event clusters. Runs in the caller's transaction; deterministic, so the
 * same evidence always gives the same derived rows whatever the ingest order. The rules are shared with the Spark job
 * ({@code newsgraph-spark}), which runs the same SQL ({@link #REPORTS_SQL}, {@link #ACTORS_SQL}) in Spark SQL and the
 * same row code ({@link #report}, {@link #clusterRows}, {@link #syndicationRows}) in its tasks: one implementation.
 */
public final class Derivation {
    /**
     * Every event report with what clustering needs, in the column order {@link #report} reads; plain SQL over the
     * tables events, articles and entities that DuckDB and Spark SQL both run.
     */
    public static final String REPORTS_SQL = """
            WITH codes AS (SELECT article_id, entity_id, max(iso3) AS iso3, max(cameo) AS cameo FROM entities
                           GROUP BY article_id, entity_id)
            SELECT e.id, e.article_id, a.outlet, a.language, e.type, e.cameo, e.source_entity, sc.iso3, sc.cameo,
                   e.target_entity, tc.iso3, tc.cameo, e.time_value, e.modality
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN codes sc ON sc.article_id = e.article_id AND sc.entity_id = e.source_entity
            LEFT JOIN codes tc ON tc.article_id = e.article_id AND tc.entity_id = e.target_entity""";

    /** The rows of the actors table (its columns, in order) from the entities table; DuckDB and Spark SQL alike. */
    public static final String ACTORS_SQL = """
            WITH labels AS (SELECT entity_id, label, count(*) AS n FROM entities GROUP BY entity_id, label),
                 ranked AS (SELECT entity_id, label,
                                   row_number() OVER (PARTITION BY entity_id ORDER BY n DESC, label) AS r
                            FROM labels),
                 best AS (SELECT entity_id, label FROM ranked WHERE r = 1)
            SELECT e.entity_id AS id, min(e.type) AS type, b.label AS label, max(e.iso3) AS iso3,
                   max(e.cameo) AS cameo, CAST(count(DISTINCT e.article_id) AS INTEGER) AS articles,
                   CAST(sum(e.mentions) AS INTEGER) AS mentions
            FROM entities e JOIN best b ON b.entity_id = e.entity_id
            GROUP BY e.entity_id, b.label""";

    private Derivation() {}

    static void refresh(Connection db) throws SQLException {
        Map<String, String> groups = syndication(db);
        actors(db);
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
        BatchInsert rows = new BatchInsert("syndication", 3);
        syndicationRows(groups, (table, values) -> rows.add(values));
        execute(db, "DELETE FROM syndication");
        rows.flush(db);
        return groups;
    }

    /** The syndication table's rows, by article id, for a map of every article id to its near-duplicate group. */
    public static void syndicationRows(Map<String, String> groups, RowSink out) {
        Map<String, Integer> sizes = new HashMap<>();
        groups.values().forEach(g -> sizes.merge(g, 1, Integer::sum));
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.row("syndication", e.getKey(), e.getValue(), sizes.get(e.getValue())));
    }

    private static void actors(Connection db) throws SQLException {
        execute(db, "DELETE FROM actors");
        execute(db, "INSERT INTO actors " + ACTORS_SQL + " ORDER BY id");
    }

    private static void clusters(Connection db, Map<String, String> groups) throws SQLException {
        List<Report> reports = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(REPORTS_SQL)) {
            String[] row = new String[14];
            while (rs.next()) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
                reports.add(report(row, groups.getOrDefault(row[1], row[1])));
            }
        }
        Map<String, BatchInsert> tables = Map.of("clusters", new BatchInsert("clusters", 18), "cluster_reports",
                new BatchInsert("cluster_reports", 4));
        clusterRows(reports, (table, values) -> tables.get(table).add(values));
        execute(db, "DELETE FROM clusters");
        execute(db, "DELETE FROM cluster_reports");
        tables.get("clusters").flush(db);
        tables.get("cluster_reports").flush(db);
    }

    /**
     * One report from a row of {@link #REPORTS_SQL} (its 14 columns as strings) and the article's syndication group.
     */
    public static Report report(String[] row, String syndicationGroup) {
        return new Report(row[0], row[1], row[2], row[3], syndicationGroup, PloverType.valueOf(row[4]), row[5],
                actor(row[6], row[7], row[8]), actor(row[9], row[10], row[11]), TimeSpan.parse(row[12]).orElse(null),
                "negated".equals(row[13]));
    }

    /**
     * Clusters the reports ({@link EventClusterer}) and hands the rows of the clusters and cluster_reports tables to
     * {@code out}. Clusters never mix PLOVER types or polarities, so clustering the reports of each type and polarity
     * apart gives the same rows as clustering all of them: a distributed host may split them so.
     */
    public static void clusterRows(Collection<Report> reports, RowSink out) {
        Map<String, Report> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.eventId(), r));
        for (EventCluster c : EventClusterer.cluster(reports)) {
            Report anchor = byId.get(c.reports().get(0));
            TimeSpan t = c.time();
            out.row("clusters", c.id(), c.type().name(), c.cameo(), CooperationScale.quadClass(c.cameo(), c.type()),
                    CooperationScale.score(c.cameo(), c.type()), c.source(), c.target(),
                    anchor.source() == null ? null : anchor.source().country(),
                    anchor.target() == null ? null : anchor.target().country(), AnalysisRows.json(c.actors()),
                    t == null ? null : t.value(), t == null ? null : t.start(), t == null ? null : t.end(),
                    c.reports().size(), c.articles(), c.outlets(), c.independentSources(),
                    AnalysisRows.json(c.languages()));
            for (int i = 0; i < c.reports().size(); i++) {
                String r = c.reports().get(i);
                out.row("cluster_reports", c.id(), i, r, byId.get(r).articleId());
            }
        }
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
