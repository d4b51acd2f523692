/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.error.BadInputException;
import org.newsgraph.store.Period;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchRequest;

/**
 * {@code /api/search}: full-text search with the matching passages and where the matches are in them (its
 * {@code total} counts matches up to one beyond the page: a next page exists when it exceeds offset + limit); facets and
 * attention over time (matches per period beside all stored articles per period) of the best
 * {@value #MATCH_SET} matches.
 */
final class SearchApi {
    /** Facets and attention count this many best matches (the searcher returns ranked hits only). */
    static final int MATCH_SET = 1000;
    private final Db db;
    private final Searcher searcher;

    SearchApi(Db db, Searcher searcher) {
        this.db = db;
        this.searcher = searcher;
    }

    void search(Context ctx) throws IOException, BadInputException, SQLException {
        int offset = Params.offset(ctx);
        int limit = Params.integer(ctx, "limit", 20, 1, 200);
        // one hit beyond the page tells whether a next page exists, without ranking every match
        List<SearchHit> hits = searcher.search(request(ctx, offset + limit + 1));
        List<List<Object>> rows = new ArrayList<>();
        for (SearchHit h : hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size()))) {
            Snippet s = Snippet.of(h.snippet(), Searcher.PRE, Searcher.POST);
            rows.add(java.util.Arrays.asList(h.articleId(), h.title(), h.outlet(), h.language(),
                    h.published() == null ? null : h.published().toString(), Math.round(h.score() * 1000) / 1000.0,
                    s.text(), s.marks()));
        }
        Respond.table(ctx, "search", new Table(List.of("article_id", "title", "outlet", "language", "published",
                "score", "snippet", "highlights"), rows, hits.size(), offset, limit));
    }

    void facets(Context ctx) throws IOException, BadInputException, SQLException {
        String ids = ids(ctx);
        Table t = db.with(l -> Sql.all(l, """
                WITH m AS (SELECT unnest(string_split(?, ',')) AS id)
                SELECT 'outlet' AS facet, a.outlet AS value, a.outlet AS label, count(*) AS count FROM articles a
                  JOIN m ON m.id = a.id WHERE a.outlet IS NOT NULL GROUP BY 2, 3
                UNION ALL SELECT 'language', a.language, a.language, count(*) FROM articles a JOIN m ON m.id = a.id
                  GROUP BY 2, 3
                UNION ALL (SELECT 'actor', n.entity_id, max(n.label), count(*) FROM entities n
                  JOIN m ON m.id = n.article_id GROUP BY 2 ORDER BY 4 DESC, 2 LIMIT 15)
                UNION ALL SELECT 'type', e.type, e.type, count(DISTINCT e.article_id) FROM events e
                  JOIN m ON m.id = e.article_id GROUP BY 2, 3
                UNION ALL SELECT 'month', strftime(a.published, '%Y-%m'), strftime(a.published, '%Y-%m'), count(*)
                  FROM articles a JOIN m ON m.id = a.id WHERE a.published IS NOT NULL GROUP BY 2, 3
                ORDER BY facet, count DESC, value""", ids));
        Respond.table(ctx, "facets", t);
    }

    void attention(Context ctx) throws IOException, BadInputException, SQLException {
        String ids = ids(ctx);
        String fmt = format(Params.period(ctx, Period.MONTH));
        Table t = db.with(l -> Sql.all(l, """
                WITH m AS (SELECT unnest(string_split(?, ',')) AS id),
                     hit AS (SELECT strftime(a.published, '%1$s') AS p, count(*) AS n FROM articles a
                             JOIN m ON m.id = a.id WHERE a.published IS NOT NULL GROUP BY 1),
                     lo AS (SELECT min(p) AS lo, max(p) AS hi FROM hit),
                     allp AS (SELECT strftime(published, '%1$s') AS p, count(*) AS n FROM articles
                              WHERE published IS NOT NULL GROUP BY 1)
                SELECT allp.p AS period, coalesce(hit.n, 0) AS matches, allp.n AS articles,
                       round(coalesce(hit.n, 0) / allp.n, 4) AS share
                FROM allp LEFT JOIN hit ON hit.p = allp.p, lo WHERE allp.p BETWEEN lo.lo AND lo.hi
                ORDER BY period""".formatted(fmt), ids));
        Respond.table(ctx, "attention", t);
    }

    static String format(Period p) {
        return switch (p) {
            case DAY -> "%Y-%m-%d";
            case WEEK -> "%G-W%V";
            case MONTH -> "%Y-%m";
        };
    }

    /** The best matches' article ids, comma-separated (ids are hex digits). */
    private String ids(Context ctx) throws IOException, BadInputException {
        StringBuilder sb = new StringBuilder();
        for (SearchHit h : searcher.search(request(ctx, MATCH_SET))) {
            sb.append(sb.length() == 0 ? "" : ",").append(h.articleId());
        }
        return sb.toString();
    }

    private static SearchRequest request(Context ctx, int limit) {
        Filters f = Params.filters(ctx);
        return new SearchRequest(Params.required(ctx, "q"), Where.actorId(f.actor()), f.outlet(), f.language(),
                f.from(), f.to(), false, limit);
    }
}
