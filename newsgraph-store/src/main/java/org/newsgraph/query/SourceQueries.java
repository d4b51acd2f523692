/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.SQLException;
import java.util.List;
import org.newsgraph.store.Period;

/** What a store holds: its counts, its outlets, and their articles over time. */
final class SourceQueries {
    private static final String OUTLETS = """
            SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS articles,
                   string_agg(DISTINCT a.language, ',' ORDER BY a.language) AS languages,
                   min(a.published) AS first, max(a.published) AS last,
                   sum((SELECT count(*) FROM events e WHERE e.article_id = a.id)) AS events,
                   sum((SELECT count(*) FROM claims c WHERE c.article_id = a.id)) AS claims,
                   sum(CASE WHEN s.copies > 1 THEN 1 ELSE 0 END) AS syndicated
            FROM articles a LEFT JOIN syndication s ON s.article_id = a.id WHERE %s GROUP BY 1""";

    private SourceQueries() {}

    static Page<Outlet> outlets(ReadPool.Lease l, Filters f, int offset, int limit) throws SQLException {
        Where w = new Where().article(f);
        return Rows.page(l, OUTLETS.formatted(w.sql()), "articles DESC, outlet", w.params(), offset, limit,
                rs -> new Outlet(rs.getString("outlet"), rs.getLong("articles"), rs.getString("languages"),
                        Rows.day(rs, "first"), Rows.day(rs, "last"), Rows.number(rs, "events"),
                        Rows.number(rs, "claims"), Rows.number(rs, "syndicated")));
    }

    static List<Outlet.Coverage> coverage(ReadPool.Lease l, Filters f, Period period) throws SQLException {
        Where w = new Where().article(f).and("a.published IS NOT NULL");
        return Rows.list(l, "SELECT " + RelationQueries.label(period, "a.published") + " AS period, "
                + "coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS articles FROM articles a WHERE " + w.sql()
                + " GROUP BY 1, 2 ORDER BY 1, 2", rs -> new Outlet.Coverage(rs.getString(1), rs.getString(2),
                        rs.getLong(3)), w.params().toArray());
    }

    static Stats stats(ReadPool.Lease l) throws SQLException {
        return Rows.one(l, """
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), (SELECT count(*) FROM actors),
                       (SELECT count(*) FROM events), (SELECT count(*) FROM claims), (SELECT count(*) FROM clusters),
                       (SELECT count(DISTINCT outlet) FROM articles), (SELECT min(published) FROM articles),
                       (SELECT max(published) FROM articles)""", rs -> new Stats(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getString(8), rs.getString(9),
                        Rows.list(l, "SELECT language, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1",
                                r -> new Stats.LanguageCount(r.getString(1), r.getLong(2))),
                        Rows.list(l, "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1",
                                r -> new Stats.TypeCount(r.getString(1), r.getLong(2))))).orElseThrow();
    }
}
