/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.newsgraph.query.Level;
import org.newsgraph.query.Network;
import org.newsgraph.query.StoreReader;

/**
 * {@code /api/network}: actors (at state level, the default: the states and organisations they belong to) as nodes
 * and real-world events between them as weighted, directed edges, within a time window and for chosen event types.
 * The strongest {@code limit} edges are kept, and the actors they join.
 */
final class NetworkApi {
    private final StoreReader reader;

    NetworkApi(StoreReader reader) {
        this.reader = reader;
    }

    void graph(Context ctx) throws SQLException {
        Respond.json(ctx, reader.network(Params.filters(ctx), Params.level(ctx, Level.STATE), limit(ctx),
                Params.language(ctx)));
    }

    void edgeList(Context ctx) throws SQLException {
        Respond.list(ctx, "network", reader.networkEdges(Params.filters(ctx), Params.level(ctx, Level.STATE),
                limit(ctx)), Network.Edge.class);
    }

    private static int limit(Context ctx) {
        return Params.integer(ctx, "limit", 150, 1, Params.MAX_LIMIT);
    }
}
