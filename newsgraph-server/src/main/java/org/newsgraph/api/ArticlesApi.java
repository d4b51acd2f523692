/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.newsgraph.query.ArticleRow;
import org.newsgraph.query.StoreReader;

/** {@code /api/articles}: stored articles with filters, and one article with everything found in it. */
final class ArticlesApi {
    private final StoreReader reader;

    ArticlesApi(StoreReader reader) {
        this.reader = reader;
    }

    void list(Context ctx) throws SQLException {
        Respond.page(ctx, "articles", reader.articles(Params.filters(ctx), Params.offset(ctx), Params.limit(ctx)),
                ArticleRow.class);
    }

    void one(Context ctx) throws SQLException {
        Respond.json(ctx, reader.article(ctx.pathParam("id"), Params.language(ctx)));
    }
}
