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
import org.newsgraph.query.AttentionRow;
import org.newsgraph.query.Facet;
import org.newsgraph.query.Filters;
import org.newsgraph.query.SearchRow;
import org.newsgraph.query.StoreReader;
import org.newsgraph.store.Period;
import org.newsgraph.store.SearchRequest;

/**
 * {@code /api/search}: full-text search with the matching passages and where the matches are in them, and the number
 * of all matches in {@code total}; facets and attention over time (matches per period beside all stored articles per
 * period) of the best 1,000 matches.
 */
final class SearchApi {
    private final StoreReader reader;

    SearchApi(StoreReader reader) {
        this.reader = reader;
    }

    void search(Context ctx) throws IOException, BadInputException, SQLException {
        int limit = Params.integer(ctx, "limit", 20, 1, 200);
        Respond.page(ctx, "search", reader.search(request(ctx), Params.offset(ctx), limit), SearchRow.class);
    }

    void facets(Context ctx) throws IOException, BadInputException, SQLException {
        Respond.list(ctx, "facets", reader.facets(request(ctx), Params.language(ctx)), Facet.class);
    }

    void attention(Context ctx) throws IOException, BadInputException, SQLException {
        Respond.list(ctx, "attention", reader.attention(request(ctx), Params.period(ctx, Period.MONTH)),
                AttentionRow.class);
    }

    /** The search the request asks for ({@code q} required), with its filters. */
    static SearchRequest request(Context ctx) {
        Filters f = Params.filters(ctx);
        return new SearchRequest(Params.required(ctx, "q"), f.actor(), f.outlet(), f.language(), f.from(), f.to(),
                false, 0);
    }
}
