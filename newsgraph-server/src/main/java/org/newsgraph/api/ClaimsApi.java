/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Locale;
import org.newsgraph.query.ClaimRow;
import org.newsgraph.query.StoreReader;

/**
 * {@code /api/claims}: who says what, how sure, in which outlet. With {@code actor}, {@code role} chooses claims
 * {@code by} the actor (its speaker), {@code about} it (named inside the claim's content), or {@code any} (default).
 */
final class ClaimsApi {
    private final StoreReader reader;

    ClaimsApi(StoreReader reader) {
        this.reader = reader;
    }

    void list(Context ctx) throws SQLException {
        Respond.page(ctx, "claims", reader.claims(Params.filters(ctx), role(ctx), Params.text(ctx, "q"),
                Params.language(ctx), Params.offset(ctx), Params.limit(ctx)), ClaimRow.class);
    }

    private static String role(Context ctx) {
        String r = Params.text(ctx, "role");
        if (r == null) {
            return "any";
        }
        r = r.toLowerCase(Locale.ROOT);
        if (!r.equals("by") && !r.equals("about") && !r.equals("any")) {
            throw ApiException.badParameter("role", "must be by, about or any, not '" + r + "'");
        }
        return r;
    }
}
