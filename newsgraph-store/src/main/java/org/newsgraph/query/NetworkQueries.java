/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The actor network: one directed edge per pair of actors with real events between them (at state level: of the
 * states and organisations they belong to), weighted by clusters; the strongest {@code limit} edges and the actors
 * they join.
 */
final class NetworkQueries {
    private static final String EDGES = """
            SELECT k.%1$s AS source, k.%2$s AS target, count(*) AS clusters, sum(k.reports) AS reports,
                   round(avg(k.score), 2) AS score, min(k.time_start) AS first, max(k.time_start) AS last,
                   sum(CASE WHEN k.quad_class <= 2 THEN 1 ELSE 0 END) AS cooperation,
                   sum(CASE WHEN k.quad_class >= 3 THEN 1 ELSE 0 END) AS conflict
            FROM clusters k WHERE k.%1$s IS NOT NULL AND k.%2$s IS NOT NULL AND k.%1$s <> k.%2$s AND %3$s
            GROUP BY 1, 2""";
    private static final String ORDER = "clusters DESC, reports DESC, source, target";
    private static final String NODES = """
            WITH e AS (SELECT * FROM (%1$s) q ORDER BY %2$s LIMIT ?),
                 n AS (SELECT source AS id FROM e UNION SELECT target FROM e)
            SELECT n.id, a.%3$s AS label, a.type, a.iso3, coalesce(a.articles, 0) AS articles
            FROM n LEFT JOIN actors a ON a.id = n.id ORDER BY articles DESC, n.id""";

    private NetworkQueries() {}

    static List<Network.Edge> edges(ReadPool.Lease l, Filters f, Level level, int limit) throws SQLException {
        Where w = EventQueries.clusterWhere(f);
        return Rows.page(l, edgeSql(level, w), ORDER, w.params(), 0, limit, rs -> new Network.Edge(
                rs.getString("source"), rs.getString("target"), rs.getLong("clusters"), Rows.number(rs, "reports"),
                rs.getDouble("score"), Rows.day(rs, "first"), Rows.day(rs, "last"), Rows.number(rs, "cooperation"),
                Rows.number(rs, "conflict"))).items();
    }

    static Network graph(ReadPool.Lease l, Filters f, Level level, int limit, Names names) throws SQLException {
        Where w = EventQueries.clusterWhere(f);
        List<Network.Edge> edges = edges(l, f, level, limit);
        List<Object> p = new ArrayList<>(w.params());
        p.add(limit);
        List<Network.Node> nodes = Rows.list(l, NODES.formatted(edgeSql(level, w), ORDER, names.column()),
                rs -> new Network.Node(rs.getString("id"), names.label(rs.getString("id")),
                        rs.getString("type"), rs.getString("iso3"), rs.getLong("articles")), p.toArray());
        return new Network(level.wireName(), nodes, edges);
    }

    private static String edgeSql(Level level, Where w) {
        boolean state = level == Level.STATE;
        return EDGES.formatted(state ? "source_state" : "source", state ? "target_state" : "target", w.sql());
    }
}
