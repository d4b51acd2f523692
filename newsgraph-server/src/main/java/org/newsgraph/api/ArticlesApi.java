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
import java.util.List;
import java.util.Map;

/** {@code /api/articles}: stored articles with filters, and one article with everything found in it. */
final class ArticlesApi {
    private static final String LIST = """
            SELECT a.id, a.published, a.outlet, a.language, a.title, a.url,
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
                   (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
            FROM articles a WHERE %s""";
    private final Db db;

    ArticlesApi(Db db) {
        this.db = db;
    }

    void list(Context ctx) throws SQLException {
        Where w = where(Params.filters(ctx));
        Table t = db.with(l -> Sql.page(l, LIST.formatted(w.sql()), "published DESC NULLS LAST, id", w.params(),
                Params.offset(ctx), Params.limit(ctx)));
        Respond.table(ctx, "articles", t);
    }

    /** Article filters: the article's own columns, and articles naming the actor or holding such events/claims. */
    static Where where(Filters f) {
        Where w = new Where().article(f);
        w.andIf(Where.actorId(f.actor()), "a.id IN (SELECT article_id FROM entities WHERE entity_id = ?)");
        w.andIf(f.eventType(), "a.id IN (SELECT article_id FROM events WHERE type = ?)");
        w.andIf(f.certainty(), "a.id IN (SELECT article_id FROM events WHERE certainty = ? "
                + "UNION SELECT article_id FROM claims WHERE certainty = ?)");
        return w;
    }

    void one(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Map<String, Object> out = db.with(l -> {
            Table article = Sql.all(l, "SELECT a.*, s.group_id AS syndication_group, s.copies FROM articles a "
                    + "LEFT JOIN syndication s ON s.article_id = a.id WHERE a.id = ?", id);
            if (article.rows().isEmpty()) {
                throw ApiException.notFound("article '" + id + "'");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", Respond.items(article).get(0));
            m.put("sentences", rows(l, "SELECT sentence, char_start, char_end, parsed FROM sentences "
                    + "WHERE article_id = ? ORDER BY sentence", id));
            m.put("mentions", rows(l, """
                    SELECT m.entity_id, coalesce(n.label, m.entity_id) AS label, n.type, m.sentence, m.char_start,
                           m.char_end, m.text, m.method, m.confidence
                    FROM mentions m LEFT JOIN entities n ON n.article_id = m.article_id AND n.entity_id = m.entity_id
                    WHERE m.article_id = ? ORDER BY m.char_start, m.char_end""", id));
            m.put("timexes", rows(l, "SELECT sentence, char_start, char_end, text, type, value, method FROM timexes "
                    + "WHERE article_id = ? ORDER BY char_start", id));
            m.put("events", rows(l, """
                    SELECT e.*, sa.label AS source_label, ta.label AS target_label, r.cluster_id,
                           k.independent_sources AS cluster_sources, k.reports AS cluster_reports
                    FROM events e LEFT JOIN cluster_reports r ON r.event_id = e.id
                    LEFT JOIN clusters k ON k.id = r.cluster_id
                    LEFT JOIN entities sa ON sa.article_id = e.article_id AND sa.entity_id = e.source_entity
                    LEFT JOIN entities ta ON ta.article_id = e.article_id AND ta.entity_id = e.target_entity
                    WHERE e.article_id = ? ORDER BY e.evidence_start, e.id""", id));
            m.put("claims", rows(l, "SELECT * FROM claims WHERE article_id = ? ORDER BY content_start, id", id));
            m.put("copies", rows(l, """
                    SELECT a.id, a.outlet, a.published, a.title FROM syndication s JOIN articles a ON a.id = s.article_id
                    WHERE s.group_id = (SELECT group_id FROM syndication WHERE article_id = ?) AND a.id <> ?
                    ORDER BY a.id""", id, id));
            return m;
        });
        Respond.json(ctx, out);
    }

    static List<Map<String, Object>> rows(Db.Lease l, String sql, Object... params) throws SQLException {
        return Respond.items(Sql.all(l, sql, params));
    }
}
