/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.newsgraph.link.Ascii;
import org.newsgraph.store.Period;

/**
 * Actors: search over every name an actor goes by in either language (the registry's names, adjectives, words for
 * its people and seats, and the labels articles use), ranked by mentions; one actor with its counts; its roles over
 * time; and what a name typed by a reader means.
 */
final class ActorQueries {
    private static final String ROLES = """
            WITH ev AS (SELECT a.published AS day, e.source_entity = ? AS src, e.target_entity = ? AS tgt
                        FROM events e JOIN articles a ON a.id = e.article_id
                        WHERE (e.source_entity = ? OR e.target_entity = ?) AND a.published IS NOT NULL),
                 cl AS (SELECT a.published AS day FROM claims c JOIN articles a ON a.id = c.article_id
                        WHERE c.speaker_entity = ? AND a.published IS NOT NULL),
                 mn AS (SELECT a.published AS day FROM entities n JOIN articles a ON a.id = n.article_id
                        WHERE n.entity_id = ? AND a.published IS NOT NULL)
            SELECT p AS period, sum(source) AS source, sum(target) AS target, sum(speaker) AS speaker,
                   sum(mentioned) AS articles
            FROM (SELECT strftime(day, '%1$s') AS p, CASE WHEN src THEN 1 ELSE 0 END AS source,
                         CASE WHEN tgt THEN 1 ELSE 0 END AS target, 0 AS speaker, 0 AS mentioned FROM ev
                  UNION ALL SELECT strftime(day, '%1$s'), 0, 0, 1, 0 FROM cl
                  UNION ALL SELECT strftime(day, '%1$s'), 0, 0, 0, 1 FROM mn)
            GROUP BY p ORDER BY p""";
    private static final String ONE = """
            SELECT r.id, r.type, r.%1$s AS label, r.label_en, r.label_de, r.iso3, r.cameo, r.articles, r.mentions,
                   r.state,
                   (SELECT count(*) FROM events WHERE source_entity = ?) AS events_as_source,
                   (SELECT count(*) FROM events WHERE target_entity = ?) AS events_as_target,
                   (SELECT count(*) FROM claims WHERE speaker_entity = ?) AS claims_by, d.first, d.last
            FROM actors r,
                 (SELECT min(a.published) AS first, max(a.published) AS last FROM entities n
                  JOIN articles a ON a.id = n.article_id WHERE n.entity_id = ?) d
            WHERE r.id = ?""";
    private static final String LIST = "SELECT id, type, %1$s AS label, iso3, cameo, articles, mentions, state "
            + "FROM actors WHERE %2$s";
    /** Actors with a name containing the key (every name is stored as its key, see {@link Ascii#key}). */
    private static final String NAMED = "id IN (SELECT actor_id FROM actor_names WHERE name_key LIKE '%' || ? || '%')";

    private ActorQueries() {}

    static Page<ActorRow> list(ReadPool.Lease l, String q, String kind, Names names, int offset, int limit)
            throws SQLException {
        Where w = new Where();
        if (q != null) {
            w.and(NAMED + " OR id ILIKE '%' || ? || '%'", Ascii.key(q), q);
        }
        w.andIf(kind, "lower(type) = lower(?)");
        return Rows.page(l, LIST.formatted(names.column(), w.sql()), "mentions DESC, id", w.params(), offset,
                limit, ActorRow::read);
    }

    static ActorDetail one(ReadPool.Lease l, String actor, Names names) throws SQLException {
        String id = RelationQueries.actorId(actor);
        // the counts take the id as a parameter: correlated with the row, DuckDB would count for every actor
        return Rows.one(l, ONE.formatted(names.column()), rs -> ActorDetail.read(rs, names), id, id, id, id, id)
                .orElseThrow(() -> new NotFoundException("actor '" + id + "'"));
    }

    /** The roles of an actor (its id: a stored actor's, checked by the caller). */
    static List<RolePeriod> roles(ReadPool.Lease l, String id, Period period) throws SQLException {
        return Rows.list(l, ROLES.formatted(RelationQueries.format(period)), rs -> new RolePeriod(
                rs.getString("period"), Rows.number(rs, "source"), Rows.number(rs, "target"),
                Rows.number(rs, "speaker"), Rows.number(rs, "articles")), id, id, id, id, id, id);
    }

    /**
     * The actor a reader means: an id ({@code country:RUS}) or ISO code as it is; a name, the most mentioned actor
     * called exactly that in either language, else the most mentioned whose name contains it.
     */
    static Optional<String> resolve(ReadPool.Lease l, String text) throws SQLException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.contains(":") || t.matches("[A-Z]{3}")) {
            return Optional.of(RelationQueries.actorId(t));
        }
        String key = Ascii.key(t);
        return Rows.one(l, """
                SELECT a.id FROM actors a JOIN actor_names n ON n.actor_id = a.id
                WHERE n.name_key = ? OR n.name_key LIKE '%' || ? || '%'
                GROUP BY a.id, a.mentions ORDER BY max(CASE WHEN n.name_key = ? THEN 1 ELSE 0 END) DESC,
                         a.mentions DESC, a.id LIMIT 1""", rs -> rs.getString(1), key, key, key);
    }

    /** The actors most articles name (ties: by id). */
    static List<ActorRow> mostNamed(ReadPool.Lease l, int n, Names names) throws SQLException {
        return Rows.list(l, LIST.formatted(names.column(), "TRUE") + " ORDER BY articles DESC, id LIMIT ?",
                ActorRow::read, n);
    }

    /** The pairs among the 50 most named actors that most articles name together. */
    static List<Pair> coMentioned(ReadPool.Lease l, int n) throws SQLException {
        return Rows.list(l, """
                WITH top AS (SELECT id FROM actors ORDER BY articles DESC, id LIMIT 50)
                SELECT a.entity_id, b.entity_id, count(*) AS c FROM entities a JOIN entities b
                  ON a.article_id = b.article_id AND a.entity_id < b.entity_id
                WHERE a.entity_id IN (SELECT id FROM top) AND b.entity_id IN (SELECT id FROM top)
                GROUP BY 1, 2 ORDER BY c DESC, 1, 2 LIMIT ?""", rs -> new Pair(rs.getString(1), rs.getString(2),
                        rs.getLong(3)), n);
    }
}
