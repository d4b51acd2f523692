/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.newsgraph.query.ActorRow;
import org.newsgraph.query.ClusterRow;
import org.newsgraph.query.Filters;
import org.newsgraph.query.Level;
import org.newsgraph.query.PartnerRow;
import org.newsgraph.query.RolePeriod;
import org.newsgraph.query.SeriesPoint;
import org.newsgraph.query.StoreReader;
import org.newsgraph.store.Period;

/**
 * {@code /api/actors}: actors by any of their names, one actor with its counts, its roles over time (source or target
 * of events, speaker of claims), its events by type over time, the events before the articles' range (history), and
 * its top partners.
 */
final class ActorsApi {
    private final StoreReader reader;

    ActorsApi(StoreReader reader) {
        this.reader = reader;
    }

    void list(Context ctx) throws SQLException {
        Respond.page(ctx, "actors", reader.actors(Params.text(ctx, "q"), Params.text(ctx, "kind"),
                Params.language(ctx), Params.offset(ctx), Params.limit(ctx)), ActorRow.class);
    }

    void one(Context ctx) throws SQLException {
        Respond.json(ctx, reader.actor(ctx.pathParam("id"), Params.language(ctx)));
    }

    void roles(Context ctx) throws SQLException {
        Respond.list(ctx, "roles", reader.roles(ctx.pathParam("id"), Params.period(ctx, Period.MONTH)),
                RolePeriod.class);
    }

    void timeline(Context ctx) throws SQLException {
        Filters f = Params.filters(ctx);
        Respond.list(ctx, "timeline", reader.timeline(ctx.pathParam("id"), Params.period(ctx, Period.MONTH),
                Params.level(ctx, null), f.from(), f.to()), SeriesPoint.class);
    }

    void history(Context ctx) throws SQLException {
        Respond.list(ctx, "history", reader.history(ctx.pathParam("id"), Params.level(ctx, null),
                Params.filters(ctx).from(), Params.language(ctx), Params.limit(ctx)), ClusterRow.class);
    }

    void partners(Context ctx) throws SQLException {
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        Respond.list(ctx, "partners", reader.partners(ctx.pathParam("id"), limit, Params.level(ctx, Level.STATE),
                Params.language(ctx)), PartnerRow.class);
    }
}
