/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.SQLException;

/**
 * Claims: who says what, how sure, in which outlet. With an actor, {@code role} chooses claims {@code by} it (its
 * speaker, or the source it cites), {@code about} it (named inside the claim's content), or {@code any}.
 */
final class ClaimQueries {
    /** Whose claims. */
    enum Role { BY, ABOUT, ANY }

    private static final String BY = "c.speaker_entity = ? OR c.inner_entity = ?";
    private static final String ABOUT = "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id "
            + "AND m.entity_id = ? AND m.char_start >= c.content_start AND m.char_end <= c.content_end)";

    private ClaimQueries() {}

    static Page<ClaimRow> list(ReadPool.Lease l, Filters f, Role role, String q, Names names, int offset, int limit)
            throws SQLException {
        Where w = new Where().article(f);
        w.andIf(f.certainty(), "c.certainty = ?");
        String actor = RelationQueries.actorId(f.actor());
        if (actor != null) {
            switch (role) {
                case BY -> w.andIf(actor, BY);
                case ABOUT -> w.andIf(actor, ABOUT);
                default -> w.andIf(actor, BY + " OR " + ABOUT);
            }
        }
        w.andIf(q, "c.content_text ILIKE '%' || ? || '%' OR c.speaker_text ILIKE '%' || ? || '%'");
        return Rows.page(l, ClaimRow.select(w.sql()), "published DESC NULLS LAST, id", w.params(), offset, limit,
                rs -> ClaimRow.read(rs, names));
    }
}
