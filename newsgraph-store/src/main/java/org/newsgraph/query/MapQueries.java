/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.SQLException;
import java.util.List;

/** The map: places with real events there (their own place, else the place their evidence sentence names). */
final class MapQueries {
    private MapQueries() {}

    static List<MapPoint> points(ReadPool.Lease l, Where w, Names names) throws SQLException {
        String sql = """
                SELECT k.place, max(k.place_%1$s) AS label, max(k.place_country) AS country,
                       max(k.latitude) AS latitude, max(k.longitude) AS longitude, count(*) AS events,
                       sum(k.reports) AS reports, min(%2$s) AS first, max(%2$s) AS last
                FROM clusters k WHERE k.latitude IS NOT NULL AND %3$s
                GROUP BY k.place ORDER BY events DESC, k.place""".formatted(names.code(), RelationQueries.DAY,
                w.sql());
        return Rows.list(l, sql, rs -> new MapPoint(rs.getString("place"), rs.getString("label"),
                rs.getString("country"), rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getLong("events"),
                Rows.number(rs, "reports"), Rows.day(rs, "first"), Rows.day(rs, "last")), w.params().toArray());
    }

    /** Clusters with a report in one of the articles (comma-separated ids). */
    static Where inArticles(String ids) {
        return new Where().and("k.id IN (SELECT cluster_id FROM cluster_reports WHERE article_id IN "
                + "(SELECT unnest(string_split(?, ','))))", ids);
    }
}
