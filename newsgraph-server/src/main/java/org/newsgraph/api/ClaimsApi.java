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

/**
 * {@code /api/claims}: who says what, how sure, in which outlet. With {@code actor}, {@code role} chooses claims
 * {@code by} the actor (its speaker), {@code about} it (named inside the claim's content), or {@code any} (default).
 */
final class ClaimsApi {
    static final String CLAIMS = """
            SELECT c.id, c.article_id, a.published, a.outlet, a.language, a.title, c.speaker_entity,
                   c.speaker_text, c.cue, c.content_text, c.kind, c.certainty, c.addressee_text, c.inner_text,
                   c.evidence_text, c.confidence, c.method
            FROM claims c JOIN articles a ON a.id = c.article_id WHERE %s""";
    private static final String BY = "c.speaker_entity = ? OR c.inner_entity = ?";
    private static final String ABOUT = "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id "
            + "AND m.entity_id = ? AND m.char_start >= c.content_start AND m.char_end <= c.content_end)";
    private final Db db;

    ClaimsApi(Db db) {
        this.db = db;
    }

    void list(Context ctx) throws SQLException {
        Filters f = Params.filters(ctx);
        Where w = new Where().article(f);
        w.andIf(f.certainty(), "c.certainty = ?");
        String role = role(ctx);
        String actor = Where.actorId(f.actor());
        if (actor != null) {
            switch (role) {
                case "by" -> w.andIf(actor, BY);
                case "about" -> w.andIf(actor, ABOUT);
                default -> w.andIf(actor, BY + " OR " + ABOUT);
            }
        }
        w.andIf(Params.text(ctx, "q"), "c.content_text ILIKE '%' || ? || '%' OR c.speaker_text ILIKE '%' || ? || '%'");
        Table t = db.with(l -> Sql.page(l, CLAIMS.formatted(w.sql()), "published DESC NULLS LAST, id", w.params(),
                Params.offset(ctx), Params.limit(ctx)));
        Respond.table(ctx, "claims", t);
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
