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
import org.newsgraph.error.BadInputException;
import org.newsgraph.query.Level;
import org.newsgraph.query.MapPoint;
import org.newsgraph.query.StoreReader;

/**
 * {@code /api/map}: places with the real-world events there, for a search ({@code q}), an actor ({@code actor}), a
 * dyad ({@code actor} and {@code with}) or everything, with the usual filters; each place with its coordinates and
 * name in the reader's language.
 */
final class MapApi {
    private final StoreReader reader;

    MapApi(StoreReader reader) {
        this.reader = reader;
    }

    void points(Context ctx) throws SQLException, IOException, BadInputException {
        String with = Params.text(ctx, "with");
        if (with != null && Params.text(ctx, "actor") == null) {
            throw ApiException.badParameter("with", "needs 'actor' (the dyad's other side)");
        }
        Respond.list(ctx, "map", reader.map(Params.filters(ctx), Params.text(ctx, "q") == null ? null
                : SearchApi.request(ctx), with, Params.level(ctx, Level.STATE), Params.language(ctx)),
                MapPoint.class);
    }
}
