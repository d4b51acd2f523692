/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.PloverType;
import org.newsgraph.store.CooperationScale;
import org.newsgraph.store.Partner;
import org.newsgraph.store.Period;
import org.newsgraph.store.PeriodRelations;
import org.newsgraph.store.Relations;

/**
 * The store's {@link Relations} (dyads, timelines, partners) for many request threads: each call runs on a pooled
 * read connection of {@link Db}, with that connection's own {@code Relations} (which is not thread-safe, but a lease
 * is used by one thread at a time), so relation queries run in parallel with each other and with ingest.
 */
final class RelationsGate {
    private final Db db;

    RelationsGate(Db db) {
        this.db = db;
    }

    Table dyad(String a, String b, Period period) throws SQLException {
        return db.with(l -> dyad(l, a, b, period));
    }

    /** The dyad series on a connection the caller holds (a request that asks several things queues once). */
    static Table dyad(Db.Lease l, String a, String b, Period period) throws SQLException {
        return series(l.relations().dyad(a, b, period, true));
    }

    Table timeline(String actor, Period period) throws SQLException {
        return series(db.with(l -> l.relations().timeline(actor, period)));
    }

    Table partners(String actor, int limit) throws SQLException {
        List<Partner> ps = db.with(l -> l.relations().partners(actor, limit));
        List<List<Object>> rows = new ArrayList<>();
        for (Partner p : ps) {
            rows.add(List.of(p.id(), p.label() == null ? p.id() : p.label(), p.clusters(), round(p.score()),
                    p.coMentions()));
        }
        return Table.whole(List.of("id", "label", "clusters", "score", "co_mentions"), rows);
    }

    /** Periods with clusters split into cooperation (quad classes 1, 2) and conflict (3, 4). */
    private static Table series(List<PeriodRelations> in) {
        List<List<Object>> rows = new ArrayList<>();
        for (PeriodRelations p : in) {
            long coop = 0;
            long conflict = 0;
            for (Map.Entry<String, Long> t : p.byType().entrySet()) {
                if (CooperationScale.quadClass(null, PloverType.valueOf(t.getKey())) <= 2) {
                    coop += t.getValue();
                } else {
                    conflict += t.getValue();
                }
            }
            List<Object> r = new ArrayList<>();
            r.add(p.period());
            r.add(p.clusters());
            r.add(coop);
            r.add(conflict);
            r.add(p.reports());
            r.add(round(p.score()));
            r.add(p.articles());
            r.add(new LinkedHashMap<>(new java.util.TreeMap<>(p.byType())));
            rows.add(r);
        }
        return Table.whole(List.of("period", "clusters", "cooperation", "conflict", "reports", "score", "articles",
                "by_type"), rows);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
