/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.error.BadInputException;
import org.newsgraph.store.Period;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchRequest;

/**
 * Full-text search: a page of hits with their matching passages and the exact number of matches; facets and
 * attention over time (matches per period beside all stored articles) of the best {@value #MATCH_SET} matches.
 */
final class SearchQueries {
    /** Facets, attention and the map count this many best matches (the searcher ranks hits). */
    static final int MATCH_SET = 1000;

    private SearchQueries() {}

    static Page<SearchRow> search(Searcher searcher, SearchRequest r, int offset, int limit)
            throws BadInputException, IOException {
        SearchRequest ranked = new SearchRequest(r.query(), r.actor(), r.outlet(), r.language(), r.from(), r.to(),
                r.sentences(), offset + limit);
        List<SearchHit> hits = searcher.search(ranked);
        List<SearchRow> rows = new ArrayList<>();
        for (SearchHit h : hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size()))) {
            Snippet s = Snippet.of(h.snippet(), Searcher.PRE, Searcher.POST);
            rows.add(new SearchRow(h.articleId(), h.sentence() < 0 ? null : h.sentence(), h.title(), h.outlet(),
                    h.language(),
                    h.published() == null ? null : h.published().toString(), Math.round(h.score() * 1000) / 1000.0,
                    s.text(), s.marks()));
        }
        return new Page<>(rows, searcher.count(r), offset, limit);
    }

    /** The best matches' article ids, comma-separated (ids are hex digits). */
    static String ids(Searcher searcher, SearchRequest r) throws BadInputException, IOException {
        SearchRequest best = new SearchRequest(r.query(), r.actor(), r.outlet(), r.language(), r.from(), r.to(), false,
                MATCH_SET);
        StringBuilder sb = new StringBuilder();
        for (SearchHit h : searcher.search(best)) {
            sb.append(sb.length() == 0 ? "" : ",").append(h.articleId());
        }
        return sb.toString();
    }

    static List<Facet> facets(ReadPool.Lease l, String ids, Names names) throws SQLException {
        return Rows.list(l, """
                WITH m AS (SELECT unnest(string_split(?, ',')) AS id)
                SELECT 'outlet' AS facet, a.outlet AS value, a.outlet AS label, count(*) AS count FROM articles a
                  JOIN m ON m.id = a.id WHERE a.outlet IS NOT NULL GROUP BY 2, 3
                UNION ALL SELECT 'language', a.language, a.language, count(*) FROM articles a JOIN m ON m.id = a.id
                  GROUP BY 2, 3
                UNION ALL (SELECT 'actor', n.entity_id, coalesce(max(r.%s), max(n.label)), count(*) FROM entities n
                  JOIN m ON m.id = n.article_id LEFT JOIN actors r ON r.id = n.entity_id GROUP BY 2
                  ORDER BY 4 DESC, 2 LIMIT 15)
                UNION ALL SELECT 'type', e.type, e.type, count(DISTINCT e.article_id) FROM events e
                  JOIN m ON m.id = e.article_id GROUP BY 2, 3
                UNION ALL SELECT 'month', strftime(a.published, '%%Y-%%m'), strftime(a.published, '%%Y-%%m'), count(*)
                  FROM articles a JOIN m ON m.id = a.id WHERE a.published IS NOT NULL GROUP BY 2, 3
                ORDER BY facet, count DESC, value""".formatted(names.column()), rs -> new Facet(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), ids);
    }

    static List<AttentionRow> attention(ReadPool.Lease l, String ids, Period period) throws SQLException {
        String fmt = RelationQueries.format(period);
        return Rows.list(l, """
                WITH m AS (SELECT unnest(string_split(?, ',')) AS id),
                     hit AS (SELECT strftime(a.published, '%1$s') AS p, count(*) AS n FROM articles a
                             JOIN m ON m.id = a.id WHERE a.published IS NOT NULL GROUP BY 1),
                     lo AS (SELECT min(p) AS lo, max(p) AS hi FROM hit),
                     allp AS (SELECT strftime(published, '%1$s') AS p, count(*) AS n FROM articles
                              WHERE published IS NOT NULL GROUP BY 1)
                SELECT allp.p AS period, coalesce(hit.n, 0) AS matches, allp.n AS articles,
                       round(coalesce(hit.n, 0) / allp.n, 4) AS share
                FROM allp LEFT JOIN hit ON hit.p = allp.p, lo WHERE allp.p BETWEEN lo.lo AND lo.hi
                ORDER BY period""".formatted(fmt), rs -> new AttentionRow(rs.getString(1), rs.getLong(2),
                        rs.getLong(3), rs.getDouble(4)), ids);
    }
}
