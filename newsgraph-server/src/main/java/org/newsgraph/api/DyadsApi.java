/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.newsgraph.query.ClusterRow;
import org.newsgraph.query.Dyad;
import org.newsgraph.query.Level;
import org.newsgraph.query.SeriesPoint;
import org.newsgraph.query.StoreReader;
import org.newsgraph.store.Period;

/**
 * {@code /api/dyads/{a}/{b}}: two actors (ids or country codes) over time, both directions, at state level (the
 * states and organisations the parties belong to on each event's day; default) or actor level: per period the
 * real-world events between them split into cooperation and conflict, their mean weight and the articles naming
 * both; the events with their evidence and independent sources; the events before the articles' range.
 */
final class DyadsApi {
    private final StoreReader reader;

    DyadsApi(StoreReader reader) {
        this.reader = reader;
    }

    void one(Context ctx) throws SQLException {
        Respond.json(ctx, dyad(ctx));
    }

    void series(Context ctx) throws SQLException {
        Respond.list(ctx, "dyad", dyad(ctx).series(), SeriesPoint.class);
    }

    void clusters(Context ctx) throws SQLException {
        Respond.page(ctx, "dyad-clusters", dyad(ctx).clusters(), ClusterRow.class);
    }

    private Dyad dyad(Context ctx) throws SQLException {
        return reader.dyad(ctx.pathParam("a"), ctx.pathParam("b"), Params.period(ctx, Period.MONTH),
                Params.level(ctx, Level.STATE), Params.filters(ctx), Params.language(ctx), Params.offset(ctx),
                Params.limit(ctx));
    }
}
