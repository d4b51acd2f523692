/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Map;
import org.newsgraph.store.Period;

/**
 * {@code /api/actors}: actors by name, one actor with its counts, its roles over time (source or target of events,
 * speaker of claims), its event timeline by type and its top partners.
 */
final class ActorsApi {
    private static final String ROLES = """
            WITH ev AS (SELECT a.published AS day, e.source_entity = ? AS src, e.target_entity = ? AS tgt
                        FROM events e JOIN articles a ON a.id = e.article_id
                        WHERE (e.source_entity = ? OR e.target_entity = ?) AND a.published IS NOT NULL),
                 cl AS (SELECT a.published AS day FROM claims c JOIN articles a ON a.id = c.article_id
                        WHERE c.speaker_entity = ? AND a.published IS NOT NULL),
                 mn AS (SELECT a.published AS day FROM entities n JOIN articles a ON a.id = n.article_id
                        WHERE n.entity_id = ? AND a.published IS NOT NULL)
            SELECT p AS period, sum(source) AS source, sum(target) AS target, sum(speaker) AS speaker,
                   sum(mentioned) AS articles
            FROM (SELECT strftime(day, '%1$s') AS p, CASE WHEN src THEN 1 ELSE 0 END AS source,
                         CASE WHEN tgt THEN 1 ELSE 0 END AS target, 0 AS speaker, 0 AS mentioned FROM ev
                  UNION ALL SELECT strftime(day, '%1$s'), 0, 0, 1, 0 FROM cl
                  UNION ALL SELECT strftime(day, '%1$s'), 0, 0, 0, 1 FROM mn)
            GROUP BY p ORDER BY p""";
    private static final String ONE = """
            SELECT r.*, (SELECT count(*) FROM events WHERE source_entity = ?) AS events_as_source,
                   (SELECT count(*) FROM events WHERE target_entity = ?) AS events_as_target,
                   (SELECT count(*) FROM claims WHERE speaker_entity = ?) AS claims_by, d.first, d.last
            FROM actors r, (SELECT min(a.published) AS first, max(a.published) AS last FROM entities n
                            JOIN articles a ON a.id = n.article_id WHERE n.entity_id = ?) d
            WHERE r.id = ?""";
    private final Db db;
    private final RelationsGate relations;

    ActorsApi(Db db, RelationsGate relations) {
        this.db = db;
        this.relations = relations;
    }

    void list(Context ctx) throws SQLException {
        Where w = new Where();
        w.andIf(Params.text(ctx, "q"), "label ILIKE '%' || ? || '%' OR id ILIKE '%' || ? || '%'");
        w.andIf(Params.text(ctx, "kind"), "lower(type) = lower(?)");
        Table t = db.with(l -> Sql.page(l, "SELECT * FROM actors WHERE " + w.sql(), "articles DESC, id",
                w.params(), Params.offset(ctx), Params.limit(ctx)));
        Respond.table(ctx, "actors", t);
    }

    void one(Context ctx) throws SQLException {
        String id = Where.actorId(ctx.pathParam("id"));
        Map<String, Object> out = db.with(l -> {
            Table a = Sql.all(l, ONE, id, id, id, id, id);
            if (a.rows().isEmpty()) {
                throw ApiException.notFound("actor '" + id + "'");
            }
            return Respond.items(a).get(0);
        });
        Respond.json(ctx, out);
    }

    void roles(Context ctx) throws SQLException {
        String id = Where.actorId(ctx.pathParam("id"));
        Period p = Params.period(ctx, Period.MONTH);
        String fmt = switch (p) {
            case DAY -> "%Y-%m-%d";
            case WEEK -> "%G-W%V";
            case MONTH -> "%Y-%m";
        };
        Table t = db.with(l -> Sql.all(l, ROLES.formatted(fmt), id, id, id, id, id, id));
        Respond.table(ctx, "roles", t);
    }

    void timeline(Context ctx) throws SQLException {
        Respond.table(ctx, "timeline", relations.timeline(ctx.pathParam("id"), Params.period(ctx, Period.MONTH)));
    }

    void partners(Context ctx) throws SQLException {
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        Respond.table(ctx, "partners", relations.partners(ctx.pathParam("id"), limit));
    }
}
