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
import org.newsgraph.store.Period;

/**
 * {@code /api/dyads/{a}/{b}}: two actors (ids or country codes) over time, both directions: per period the real-world
 * events between them split into cooperation and conflict, their mean weight and the articles naming both; and the
 * event clusters themselves with their evidence and independent sources.
 */
final class DyadsApi {
    private final Db db;
    private final RelationsGate relations;

    DyadsApi(Db db, RelationsGate relations) {
        this.db = db;
        this.relations = relations;
    }

    void one(Context ctx) throws SQLException {
        String a = ctx.pathParam("a");
        String b = ctx.pathParam("b");
        Map<String, Object> out = new LinkedHashMap<>();
        db.with(l -> {
            out.put("a", actor(l, a));
            out.put("b", actor(l, b));
            return null;
        });
        out.put("series", Respond.items(relations.dyad(a, b, Params.period(ctx, Period.MONTH))));
        out.put("clusters", Respond.asJson(clusters(ctx, a, b)));
        Respond.json(ctx, out);
    }

    void series(Context ctx) throws SQLException {
        Respond.table(ctx, "dyad", relations.dyad(ctx.pathParam("a"), ctx.pathParam("b"),
                Params.period(ctx, Period.MONTH)));
    }

    void clusters(Context ctx) throws SQLException {
        Respond.table(ctx, "dyad-clusters", clusters(ctx, ctx.pathParam("a"), ctx.pathParam("b")));
    }

    private Table clusters(Context ctx, String a, String b) throws SQLException {
        String ia = Where.actorId(a);
        String ib = Where.actorId(b);
        Where w = new Where().and("((k.source = ? OR k.source_country = ?) AND (k.target = ? OR k.target_country = ?)) "
                + "OR ((k.source = ? OR k.source_country = ?) AND (k.target = ? OR k.target_country = ?))",
                ia, a, ib, b, ib, b, ia, a);
        Filters f = Params.filters(ctx);
        Where extra = EventsApi.clusterWhere(new Filters(f.from(), f.to(), f.language(), f.outlet(), null,
                f.eventType(), f.certainty()));
        String sql = EventsApi.CLUSTERS.formatted(w.sql() + " AND " + extra.sql());
        java.util.List<Object> params = new java.util.ArrayList<>(w.params());
        params.addAll(extra.params());
        return db.with(l -> Sql.page(l, sql, "time_start DESC NULLS LAST, id", params, Params.offset(ctx),
                Params.limit(ctx)));
    }

    private static Map<String, Object> actor(Db.Lease l, String id) throws SQLException {
        String full = Where.actorId(id);
        Table t = Sql.all(l, "SELECT id, label, type, iso3, articles FROM actors WHERE id = ?", full);
        if (t.rows().isEmpty()) {
            throw ApiException.notFound("actor '" + full + "'");
        }
        return Respond.items(t).get(0);
    }
}
