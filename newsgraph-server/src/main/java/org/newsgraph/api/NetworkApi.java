/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/network}: actors as nodes and real-world events between them as weighted, directed edges (one edge
 * per source and target, weighted by event clusters), within a time window and for chosen event types. The
 * strongest {@code limit} edges are kept, and the actors they join.
 */
final class NetworkApi {
    private static final String EDGES = """
            SELECT k.source, k.target, count(*) AS clusters, sum(k.reports) AS reports,
                   round(avg(k.score), 2) AS score, min(k.time_start) AS first, max(k.time_start) AS last,
                   sum(CASE WHEN k.quad_class <= 2 THEN 1 ELSE 0 END) AS cooperation,
                   sum(CASE WHEN k.quad_class >= 3 THEN 1 ELSE 0 END) AS conflict
            FROM clusters k WHERE k.source IS NOT NULL AND k.target IS NOT NULL AND k.source <> k.target AND %s
            GROUP BY 1, 2""";
    private static final String ORDER = "clusters DESC, reports DESC, source, target";
    private static final String NODES = """
            WITH e AS (SELECT * FROM (%s) q ORDER BY %s LIMIT ?),
                 n AS (SELECT source AS id FROM e UNION SELECT target FROM e)
            SELECT n.id, coalesce(a.label, n.id) AS label, a.type, a.iso3, coalesce(a.articles, 0) AS articles
            FROM n LEFT JOIN actors a ON a.id = n.id ORDER BY articles DESC, n.id""";
    private final Db db;

    NetworkApi(Db db) {
        this.db = db;
    }

    void graph(Context ctx) throws SQLException {
        Filters f = Params.filters(ctx);
        Where w = EventsApi.clusterWhere(f);
        int limit = limit(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        db.with(l -> {
            out.put("edges", Respond.items(Sql.page(l, EDGES.formatted(w.sql()), ORDER, w.params(), 0, limit)));
            java.util.List<Object> params = new java.util.ArrayList<>(w.params());
            params.add(limit);
            out.put("nodes", Respond.items(Sql.all(l, NODES.formatted(EDGES.formatted(w.sql()), ORDER),
                    params.toArray())));
            return null;
        });
        Respond.json(ctx, out);
    }

    void edgeList(Context ctx) throws SQLException {
        Respond.table(ctx, "network", edges(ctx));
    }

    private Table edges(Context ctx) throws SQLException {
        Where w = EventsApi.clusterWhere(Params.filters(ctx));
        int limit = limit(ctx);
        return db.with(l -> Sql.page(l, EDGES.formatted(w.sql()), ORDER, w.params(), 0, limit));
    }

    private static int limit(Context ctx) {
        return Params.integer(ctx, "limit", 150, 1, Params.MAX_LIMIT);
    }
}
