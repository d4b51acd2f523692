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
 * {@code /api/events} (one row per report, with its evidence) and {@code /api/clusters} (real-world events: reports
 * merged across articles, outlets and languages, with counts of independent sources).
 */
final class EventsApi {
    static final String EVENTS = """
            SELECT e.id, e.article_id, a.published, a.outlet, a.language, e.type, e.cameo, e.label,
                   e.source_entity, e.source_text, e.target_entity, e.target_text, e.location_text, e.time_value,
                   e.modality, e.certainty, e.attribution_entity, e.attribution_text, e.attribution_cue,
                   e.evidence_text, e.confidence, e.method, r.cluster_id
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN cluster_reports r ON r.event_id = e.id WHERE %s""";
    static final String CLUSTERS = """
            SELECT k.id, k.type, k.cameo, k.quad_class, k.score, k.source, sa.label AS source_label, k.target,
                   ta.label AS target_label, k.time, k.time_start, k.time_end, k.reports, k.articles, k.outlets,
                   k.independent_sources, k.languages,
                   (SELECT e.evidence_text FROM cluster_reports r JOIN events e ON e.id = r.event_id
                    WHERE r.cluster_id = k.id AND r.ordinal = 0) AS evidence
            FROM clusters k LEFT JOIN actors sa ON sa.id = k.source LEFT JOIN actors ta ON ta.id = k.target
            WHERE %s""";
    private final Db db;

    EventsApi(Db db) {
        this.db = db;
    }

    void events(Context ctx) throws SQLException {
        Filters f = Params.filters(ctx);
        Where w = new Where().article(f);
        w.andIf(Where.actorId(f.actor()), "e.source_entity = ? OR e.target_entity = ?");
        w.andIf(f.eventType(), "e.type = ?");
        w.andIf(f.certainty(), "e.certainty = ?");
        w.andIf(Params.text(ctx, "cluster"), "r.cluster_id = ?");
        Table t = db.with(l -> Sql.page(l, EVENTS.formatted(w.sql()), "published DESC NULLS LAST, id", w.params(),
                Params.offset(ctx), Params.limit(ctx)));
        Respond.table(ctx, "events", t);
    }

    void clusters(Context ctx) throws SQLException {
        Where w = clusterWhere(Params.filters(ctx));
        Table t = db.with(l -> Sql.page(l, CLUSTERS.formatted(w.sql()), "independent_sources DESC, reports DESC, id",
                w.params(), Params.offset(ctx), Params.limit(ctx)));
        Respond.table(ctx, "clusters", t);
    }

    /** Cluster filters: its days, type, actors (ids or countries), and the articles and reports behind it. */
    static Where clusterWhere(Filters f) {
        Where w = new Where();
        w.andIf(f.from(), "k.time_end >= ?");
        w.andIf(f.to(), "k.time_start <= ?");
        w.andIf(f.eventType(), "k.type = ?");
        if (f.actor() != null) {
            String id = Where.actorId(f.actor());
            w.and("k.source = ? OR k.target = ? OR k.source_country = ? OR k.target_country = ?", id, id,
                    f.actor(), f.actor());
        }
        w.andIf(f.language(), "k.languages LIKE '%\"' || ? || '\"%'");
        w.andIf(f.outlet(), "k.id IN (SELECT r.cluster_id FROM cluster_reports r JOIN articles a "
                + "ON a.id = r.article_id WHERE lower(a.outlet) = lower(?))");
        w.andIf(f.certainty(), "k.id IN (SELECT r.cluster_id FROM cluster_reports r JOIN events e "
                + "ON e.id = r.event_id WHERE e.certainty = ?)");
        return w;
    }

    void cluster(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Map<String, Object> out = db.with(l -> {
            Table k = Sql.all(l, CLUSTERS.formatted("k.id = ?"), id);
            if (k.rows().isEmpty()) {
                throw ApiException.notFound("event cluster '" + id + "'");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cluster", Respond.items(k).get(0));
            m.put("reports", ArticlesApi.rows(l, EVENTS.formatted("r.cluster_id = ?")
                    + " ORDER BY r.ordinal", id));
            return m;
        });
        Respond.json(ctx, out);
    }
}
