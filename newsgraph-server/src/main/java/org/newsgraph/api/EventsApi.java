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
import org.newsgraph.query.EventRow;
import org.newsgraph.query.StoreReader;

/**
 * {@code /api/events} (one row per report, with its evidence) and {@code /api/clusters} (real-world events: reports
 * merged across articles, outlets and languages, with counts of independent sources).
 */
final class EventsApi {
    private final StoreReader reader;

    EventsApi(StoreReader reader) {
        this.reader = reader;
    }

    void events(Context ctx) throws SQLException {
        Respond.page(ctx, "events", reader.events(Params.filters(ctx), Params.text(ctx, "cluster"),
                Params.language(ctx), Params.offset(ctx), Params.limit(ctx)), EventRow.class);
    }

    void clusters(Context ctx) throws SQLException {
        Respond.page(ctx, "clusters", reader.clusters(Params.filters(ctx), Params.text(ctx, "place"),
                Params.language(ctx), Params.offset(ctx), Params.limit(ctx)), ClusterRow.class);
    }

    void cluster(Context ctx) throws SQLException {
        Respond.json(ctx, reader.cluster(ctx.pathParam("id"), Params.language(ctx)));
    }
}
