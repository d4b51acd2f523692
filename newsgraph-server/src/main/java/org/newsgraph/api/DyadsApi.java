/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Everything on one connection: under load each borrowing waits in the queue, so a request borrows once. */
    void one(Context ctx) throws SQLException {
        String a = ctx.pathParam("a");
        String b = ctx.pathParam("b");
        Period period = Params.period(ctx, Period.MONTH);
        Query q = clustersQuery(ctx, a, b);
        Map<String, Object> out = new LinkedHashMap<>();
        db.with(l -> {
            Map<String, Map<String, Object>> actors = actors(l, Where.actorId(a), Where.actorId(b));
            out.put("a", actors.get(Where.actorId(a)));
            out.put("b", actors.get(Where.actorId(b)));
            out.put("series", Respond.items(RelationsGate.dyad(l, a, b, period)));
            out.put("clusters", Respond.asJson(q.page(l)));
            return null;
        });
        Respond.json(ctx, out);
    }

    void series(Context ctx) throws SQLException {
        Respond.table(ctx, "dyad", relations.dyad(ctx.pathParam("a"), ctx.pathParam("b"),
                Params.period(ctx, Period.MONTH)));
    }

    void clusters(Context ctx) throws SQLException {
        Query q = clustersQuery(ctx, ctx.pathParam("a"), ctx.pathParam("b"));
        Respond.table(ctx, "dyad-clusters", db.with(q::page));
    }

    /** One page of the clusters between two actors, with the request's filters. */
    private record Query(String sql, List<Object> params, int offset, int limit) {
        Table page(Db.Lease l) throws SQLException {
            return Sql.page(l, sql, "time_start DESC NULLS LAST, id", params, offset, limit);
        }
    }

    private static Query clustersQuery(Context ctx, String a, String b) {
        String ia = Where.actorId(a);
        String ib = Where.actorId(b);
        Where w = new Where().and("((k.source = ? OR k.source_country = ?) AND (k.target = ? OR k.target_country = ?)) "
                + "OR ((k.source = ? OR k.source_country = ?) AND (k.target = ? OR k.target_country = ?))",
                ia, a, ib, b, ib, b, ia, a);
        Filters f = Params.filters(ctx);
        Where extra = EventsApi.clusterWhere(new Filters(f.from(), f.to(), f.language(), f.outlet(), null,
                f.eventType(), f.certainty()));
        List<Object> params = new ArrayList<>(w.params());
        params.addAll(extra.params());
        return new Query(EventsApi.CLUSTERS.formatted(w.sql() + " AND " + extra.sql()), params, Params.offset(ctx),
                Params.limit(ctx));
    }

    /** Both actors by id, in one query; 404 naming the first one missing. */
    private static Map<String, Map<String, Object>> actors(Db.Lease l, String a, String b) throws SQLException {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> row : Respond.items(Sql.all(l, "SELECT id, label, type, iso3, articles FROM actors "
                + "WHERE id IN (?, ?)", a, b))) {
            byId.put((String) row.get("id"), row);
        }
        for (String id : List.of(a, b)) {
            if (!byId.containsKey(id)) {
                throw ApiException.notFound("actor '" + id + "'");
            }
        }
        return byId;
    }
}
