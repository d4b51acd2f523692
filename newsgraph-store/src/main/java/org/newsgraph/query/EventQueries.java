/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.SQLException;
import java.util.List;

/**
 * Event reports (one per article that reports an event, with its evidence) and real-world events (clusters: reports
 * merged across articles, outlets and languages, with their independent sources).
 */
final class EventQueries {
    private EventQueries() {}

    static Page<EventRow> events(ReadPool.Lease l, Filters f, String cluster, Names names, int offset, int limit)
            throws SQLException {
        Where w = new Where().article(f);
        w.andIf(RelationQueries.actorId(f.actor()), "e.source_entity = ? OR e.target_entity = ?");
        w.andIf(f.eventType(), "e.type = ?");
        w.andIf(f.certainty(), "e.certainty = ?");
        w.andIf(cluster, "r.cluster_id = ?");
        return Rows.page(l, EventRow.select(names, w.sql()), "published DESC NULLS LAST, id", w.params(), offset,
                limit, rs -> EventRow.read(rs, names));
    }

    static Page<ClusterRow> clusters(ReadPool.Lease l, Where w, String order, Names names, int offset, int limit)
            throws SQLException {
        return Rows.page(l, ClusterRow.select(names, w.sql()), order, w.params(), offset, limit,
                rs -> ClusterRow.read(rs, names));
    }

    static List<ClusterRow> clusterList(ReadPool.Lease l, Where w, String order, Names names) throws SQLException {
        return Rows.list(l, ClusterRow.select(names, w.sql()) + " ORDER BY " + order,
                rs -> ClusterRow.read(rs, names), w.params().toArray());
    }

    /** Cluster filters: its days, type, actors (ids or countries), and the articles and reports behind it. */
    static Where clusterWhere(Filters f) {
        Where w = new Where();
        w.andIf(f.from(), "k.time_end >= ?");
        w.andIf(f.to(), "k.time_start <= ?");
        w.andIf(f.eventType(), "k.type = ?");
        if (f.actor() != null) {
            String id = RelationQueries.actorId(f.actor());
            w.and("k.source = ? OR k.target = ? OR k.source_country = ? OR k.target_country = ? "
                    + "OR k.source_state = ? OR k.target_state = ?", id, id, f.actor(), f.actor(), id, id);
        }
        w.andIf(f.language(), "k.languages LIKE '%\"' || ? || '\"%'");
        w.andIf(f.outlet(), "k.id IN (SELECT r.cluster_id FROM cluster_reports r JOIN articles a "
                + "ON a.id = r.article_id WHERE lower(a.outlet) = lower(?))");
        w.andIf(f.certainty(), "k.id IN (SELECT r.cluster_id FROM cluster_reports r JOIN events e "
                + "ON e.id = r.event_id WHERE e.certainty = ?)");
        return w;
    }

    static ClusterDetail cluster(ReadPool.Lease l, String id, Names names) throws SQLException {
        ClusterRow k = Rows.one(l, ClusterRow.select(names, "k.id = ?"), rs -> ClusterRow.read(rs, names), id)
                .orElseThrow(() -> new NotFoundException("event cluster '" + id + "'"));
        List<EventRow> reports = Rows.list(l, EventRow.select(names, "r.cluster_id = ?") + " ORDER BY r.ordinal",
                rs -> EventRow.read(rs, names), id);
        return new ClusterDetail(k, reports);
    }
}
