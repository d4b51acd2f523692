/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.SQLException;
import java.util.List;

/** Articles: a filtered list, and one article with everything found in it. */
final class ArticleQueries {
    private static final String LIST = """
            SELECT a.id, a.published, a.outlet, a.language, a.kicker, a.title, a.url,
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
                   (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
            FROM articles a WHERE %s""";

    private ArticleQueries() {}

    static Page<ArticleRow> list(ReadPool.Lease l, Filters f, int offset, int limit) throws SQLException {
        Where w = where(f);
        return Rows.page(l, LIST.formatted(w.sql()), "published DESC NULLS LAST, id", w.params(), offset, limit,
                ArticleRow::read);
    }

    /** Article filters: its own columns, and articles naming the actor or holding such events or claims. */
    static Where where(Filters f) {
        Where w = new Where().article(f);
        w.andIf(RelationQueries.actorId(f.actor()), "a.id IN (SELECT article_id FROM entities WHERE entity_id = ?)");
        w.andIf(f.eventType(), "a.id IN (SELECT article_id FROM events WHERE type = ?)");
        w.andIf(f.certainty(), "a.id IN (SELECT article_id FROM events WHERE certainty = ? "
                + "UNION SELECT article_id FROM claims WHERE certainty = ?)");
        return w;
    }

    static ArticleDetail one(ReadPool.Lease l, String id, Names names) throws SQLException {
        ArticleDetail.Article article = Rows.one(l, "SELECT a.*, s.group_id AS syndication_group, s.copies "
                + "FROM articles a LEFT JOIN syndication s ON s.article_id = a.id WHERE a.id = ?",
                rs -> new ArticleDetail.Article(rs.getString("id"), rs.getString("url"), rs.getString("canonical_url"),
                        rs.getString("outlet"), rs.getString("language"), Rows.day(rs, "published"),
                        rs.getString("date_method"), Rows.day(rs, "modified"), rs.getString("kicker"),
                        rs.getString("title"), rs.getString("lead"), Rows.strings(rs.getString("authors")),
                        (Boolean) rs.getObject("paywalled"), rs.getString("extraction"), rs.getString("text"),
                        Rows.intOrNull(rs, "sentences"), Rows.intOrNull(rs, "tokens"), rs.getString("content_hash"),
                        rs.getString("input"), rs.getString("syndication_group"), Rows.intOrNull(rs, "copies")), id)
                .orElseThrow(() -> new NotFoundException("article '" + id + "'"));
        List<ArticleDetail.Sentence> sentences = Rows.list(l, "SELECT sentence, char_start, char_end, parsed "
                + "FROM sentences WHERE article_id = ? ORDER BY sentence", rs -> new ArticleDetail.Sentence(
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), (Boolean) rs.getObject(4)), id);
        List<ArticleDetail.Mention> mentions = Rows.list(l, """
                SELECT m.entity_id, n.label, n.type, m.sentence, m.char_start, m.char_end, m.text, m.method,
                       m.confidence
                FROM mentions m LEFT JOIN entities n ON n.article_id = m.article_id AND n.entity_id = m.entity_id
                WHERE m.article_id = ? ORDER BY m.char_start, m.char_end, m.entity_id""",
                rs -> new ArticleDetail.Mention(rs.getString(1), names.label(rs.getString(1)),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                        Rows.doubleOrNull(rs, "confidence")), id);
        List<ArticleDetail.Timex> timexes = Rows.list(l, """
                SELECT t.sentence, t.char_start, t.char_end, t.text, t.type, t.value, d.date, d.date_precision, t.method
                FROM timexes t LEFT JOIN timex_dates d ON d.article_id = t.article_id
                  AND d.char_start = t.char_start AND d.char_end = t.char_end
                WHERE t.article_id = ? ORDER BY t.char_start""", rs -> new ArticleDetail.Timex(rs.getInt(1),
                        rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)), id);
        List<EventRow> events = Rows.list(l, EventRow.select(names, "e.article_id = ?")
                + " ORDER BY e.evidence_start, e.id", rs -> EventRow.read(rs, names), id);
        List<ClaimRow> claims = Rows.list(l, ClaimRow.select("c.article_id = ?")
                + " ORDER BY c.content_start, c.id", rs -> ClaimRow.read(rs, names), id);
        List<ArticleDetail.Copy> copies = Rows.list(l, """
                SELECT a.id, a.outlet, a.published, a.title FROM syndication s JOIN articles a ON a.id = s.article_id
                WHERE s.group_id = (SELECT group_id FROM syndication WHERE article_id = ?) AND a.id <> ?
                ORDER BY a.id""", rs -> new ArticleDetail.Copy(rs.getString(1), rs.getString(2),
                        Rows.day(rs, "published"), rs.getString(4)), id, id);
        return new ArticleDetail(article, sentences, mentions, timexes, events, claims, copies);
    }
}
