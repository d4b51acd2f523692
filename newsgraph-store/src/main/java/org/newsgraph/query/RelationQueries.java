/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsgraph.store.Period;

/**
 * Relations over time, counted in real events (clusters), not reports: per dyad and period the clusters by PLOVER
 * type, split into cooperation and conflict, with their mean weight; per actor its timeline and top partners. At
 * state level (the default) each party counts for the state or organisation it belonged to on the event's day; at
 * actor level an actor is matched by its id or, when given as an ISO code ({@code RUS}), by its country. A chart
 * places an event on its date, an undated one on the day it was first reported, and shows only the range; events
 * dated before it are history.
 */
final class RelationQueries {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    /** The day an event is charted on. */
    static final String DAY = "coalesce(k.time_start, k.reported)";
    /** Latest first, for pages of clusters (ordered outside the query that aliases the table). */
    static final String LATEST = "coalesce(time_start, reported) DESC, id";

    /**
     * One side of a relation: a condition on a cluster column ({@code source} or {@code target}) and its values.
     *
     * @param id      the actor (at state level: its state)
     * @param country the ISO code it was given as, else null
     * @param level   the level
     * @param state   the state the actor belongs to today
     */
    record Side(String id, String country, Level level, String state) {
        String on(String column) {
            return level == Level.STATE ? "k." + column + "_state = ?" : "(k." + column + " = ? OR k." + column
                    + "_country = ?)";
        }

        List<Object> params() {
            List<Object> p = new ArrayList<>(2);
            p.add(id);
            if (level == Level.ACTOR) {
                p.add(country);
            }
            return p;
        }
    }

    private RelationQueries() {}

    /** The actor id for an id or a country code ({@code RUS} is {@code country:RUS}). */
    static String actorId(String actor) {
        return actor != null && COUNTRY.matcher(actor).matches() ? "country:" + actor : actor;
    }

    /**
     * A side at a level: at state level the state the actor belongs to today (itself when it is one); {@code level}
     * null: state level for a state or organisation, actor level for anyone else. One lookup; fails with
     * {@link NotFoundException} when no stored actor has the id and none belongs to it.
     */
    static Side side(ActorCache actors, String actor, Level level) {
        String id = actorId(actor);
        if (!actors.known(id)) {
            throw new NotFoundException("actor '" + id + "'");
        }
        ActorCache.Entry e = actors.get(id);
        String state = e == null || e.state() == null ? id : e.state(); // a state no article names, whose people some do
        Level lv = level != null ? level : id.equals(state) ? Level.STATE : Level.ACTOR;
        if (lv == Level.STATE) {
            return new Side(state, null, lv, state);
        }
        return new Side(id, COUNTRY.matcher(actor).matches() ? actor : null, lv, state);
    }

    /** Clusters between two sides, both directions: the condition and its parameters. */
    static Where between(Side a, Side b) {
        List<Object> p = new ArrayList<>(a.params());
        p.addAll(b.params());
        p.addAll(b.params());
        p.addAll(a.params());
        return new Where().and("(" + a.on("source") + " AND " + b.on("target") + ") OR (" + b.on("source") + " AND "
                + a.on("target") + ")", p.toArray());
    }

    /** Clusters involving one side. */
    static Where involving(Side s) {
        List<Object> p = new ArrayList<>(s.params());
        p.addAll(s.params());
        return new Where().and(s.on("source") + " OR " + s.on("target"), p.toArray());
    }

    static List<SeriesPoint> dyad(ReadPool.Lease l, Side a, Side b, Period period, DateRange range)
            throws SQLException {
        return perPeriod(l, period, between(a, b), range, coMentions(l, period, List.of(a.id(), b.id()), range));
    }

    static List<SeriesPoint> timeline(ReadPool.Lease l, Side s, Period period, DateRange range) throws SQLException {
        return perPeriod(l, period, involving(s), range, coMentions(l, period, List.of(s.id()), range));
    }

    /**
     * The side's partners: by real events between them, then by articles naming both. At state level partners are
     * states and organisations; at either level a partner that belongs to the actor's own state and shares no event
     * with it (Putin for Russia) is no partner.
     */
    static List<PartnerRow> partners(ReadPool.Lease l, Side s, int limit, Names names) throws SQLException {
        boolean state = s.level() == Level.STATE;
        String other = state ? "CASE WHEN k.source_state = ? THEN k.target_state ELSE k.source_state END"
                : "CASE WHEN " + s.on("source") + " THEN k.target ELSE k.source END";
        String sql = """
                WITH ev AS (SELECT %1$s AS partner, count(*) AS clusters, avg(k.score) AS score
                            FROM clusters k WHERE (%2$s) AND %3$s GROUP BY 1),
                     mine AS (SELECT DISTINCT article_id FROM entities WHERE entity_id = ?),
                     co AS (SELECT e.entity_id AS partner, count(DISTINCT e.article_id) AS n
                            FROM entities e JOIN mine m ON m.article_id = e.article_id
                            WHERE e.entity_id <> ? GROUP BY 1)
                SELECT coalesce(ev.partner, co.partner) AS id, coalesce(ev.clusters, 0) AS clusters,
                       coalesce(ev.score, 0) AS score, coalesce(co.n, 0) AS co_mentions
                FROM ev FULL OUTER JOIN co ON co.partner = ev.partner
                LEFT JOIN actors a ON a.id = coalesce(ev.partner, co.partner)
                WHERE coalesce(ev.partner, co.partner) IS NOT NULL AND coalesce(ev.partner, co.partner) <> ?
                  AND (ev.partner IS NOT NULL OR a.state IS DISTINCT FROM ?) %4$s
                ORDER BY clusters DESC, co_mentions DESC, id LIMIT ?""".formatted(other,
                involving(s).sql(), state ? "k.source_state IS DISTINCT FROM k.target_state" : "TRUE",
                state ? "AND (ev.partner IS NOT NULL OR a.state = a.id)" : "");
        List<Object> p = new ArrayList<>();
        if (state) {
            p.add(s.id());
        } else {
            p.addAll(s.params());
        }
        p.addAll(involving(s).params());
        p.add(s.id());
        p.add(s.id());
        p.add(s.id());
        p.add(s.state());
        p.add(limit);
        return Rows.list(l, sql, rs -> new PartnerRow(rs.getString("id"), names.label(rs.getString("id")),
                rs.getLong("clusters"), Rows.round(rs.getDouble("score")), rs.getLong("co_mentions")), p.toArray());
    }

    private static List<SeriesPoint> perPeriod(ReadPool.Lease l, Period period, Where w, DateRange range,
            Map<String, Long> articles) throws SQLException {
        Where in = inRange(w, range);
        String sql = "SELECT " + label(period, DAY) + " AS p, k.type, count(*) AS n, sum(k.reports) AS r, "
                + "sum(k.score) AS s, sum(CASE WHEN k.quad_class <= 2 THEN 1 ELSE 0 END) AS coop FROM clusters k "
                + "WHERE " + in.sql() + " GROUP BY 1, 2 ORDER BY 1, 2";
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, Map<String, Long>> types = new HashMap<>();
        Map<String, Double> scores = new HashMap<>();
        try (ResultSet rs = Rows.run(l, sql, in.params().toArray())) {
            while (rs.next()) {
                String p = rs.getString("p");
                long[] t = totals.computeIfAbsent(p, k -> new long[3]);
                t[0] += rs.getLong("n");
                t[1] += Rows.number(rs, "r");
                t[2] += Rows.number(rs, "coop");
                types.computeIfAbsent(p, k -> new TreeMap<>()).put(rs.getString("type"), rs.getLong("n"));
                scores.merge(p, rs.getDouble("s"), Double::sum);
            }
        }
        articles.keySet().forEach(p -> totals.putIfAbsent(p, new long[3]));
        List<SeriesPoint> out = new ArrayList<>();
        totals.forEach((p, t) -> out.add(new SeriesPoint(p, t[0], t[2], t[0] - t[2], t[1],
                t[0] == 0 ? 0 : Rows.round(scores.get(p) / t[0]), articles.getOrDefault(p, 0L),
                types.getOrDefault(p, Map.of()))));
        return out;
    }

    /** The clusters of {@code w} charted within the range. */
    static Where inRange(Where w, DateRange range) {
        Where in = new Where().and(w.sql(), w.params().toArray()).and(DAY + " IS NOT NULL");
        in.andIf(range.from(), DAY + " >= ?");
        in.andIf(range.to(), DAY + " <= ?");
        return in;
    }

    /** The clusters of {@code w} dated before the range. */
    static Where before(Where w, DateRange range) {
        Where h = new Where().and(w.sql(), w.params().toArray());
        return range.from() == null ? h.and("FALSE") : h.and(DAY + " < ?", range.from());
    }

    /** Dated articles naming every one of the actors, per period, within the range. */
    private static Map<String, Long> coMentions(ReadPool.Lease l, Period period, List<String> actors,
            DateRange range) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + label(period, "a.published") + " AS p, count(*) AS n "
                + "FROM articles a WHERE a.published IS NOT NULL");
        List<Object> params = new ArrayList<>();
        for (String actor : actors) {
            sql.append(" AND a.id IN (SELECT article_id FROM entities WHERE entity_id = ?)");
            params.add(actor);
        }
        if (range.from() != null) {
            sql.append(" AND a.published >= ?");
            params.add(range.from());
        }
        if (range.to() != null) {
            sql.append(" AND a.published <= ?");
            params.add(range.to());
        }
        sql.append(" GROUP BY 1");
        Map<String, Long> out = new HashMap<>();
        try (ResultSet rs = Rows.run(l, sql.toString(), params.toArray())) {
            while (rs.next()) {
                out.put(rs.getString("p"), rs.getLong("n"));
            }
        }
        return out;
    }

    /** The SQL expression that labels the period of a date expression. */
    static String label(Period p, String column) {
        return "strftime(" + column + ", '" + format(p) + "')";
    }

    static String format(Period p) {
        return switch (p) {
            case DAY -> "%Y-%m-%d";
            case WEEK -> "%G-W%V";
            case MONTH -> "%Y-%m";
        };
    }

    /** The first stored article's day, or null when none is dated. */
    static LocalDate firstDay(ReadPool.Lease l) throws SQLException {
        return Rows.one(l, "SELECT min(published) FROM articles", rs -> rs.getObject(1, LocalDate.class)).orElse(null);
    }
}
