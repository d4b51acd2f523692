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
import org.newsgraph.store.StoreCounts;

/** {@code /api/stats}: what the store holds, its days and languages. */
final class StatsApi {
    private final Db db;

    StatsApi(Db db) {
        this.db = db;
    }

    void stats(Context ctx) throws SQLException {
        Map<String, Object> out = db.with(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String table : new String[] {"articles", "mentions", "actors", "events", "claims", "clusters"}) {
                m.put(table, Sql.value(l, "SELECT count(*) FROM " + table));
            }
            m.put("outlets", Sql.value(l, "SELECT count(DISTINCT outlet) FROM articles"));
            m.put("first", Sql.value(l, "SELECT min(published) FROM articles"));
            m.put("last", Sql.value(l, "SELECT max(published) FROM articles"));
            m.put("languages", ArticlesApi.rows(l, "SELECT language, count(*) AS articles FROM articles "
                    + "GROUP BY 1 ORDER BY 2 DESC, 1"));
            m.put("event_types", ArticlesApi.rows(l, "SELECT type, count(*) AS reports FROM events "
                    + "GROUP BY 1 ORDER BY 2 DESC, 1"));
            return m;
        });
        Respond.json(ctx, out);
    }

    static Map<String, Object> counts(StoreCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", c.articles());
        m.put("mentions", c.mentions());
        m.put("actors", c.actors());
        m.put("events", c.events());
        m.put("claims", c.claims());
        m.put("clusters", c.clusters());
        return m;
    }
}
