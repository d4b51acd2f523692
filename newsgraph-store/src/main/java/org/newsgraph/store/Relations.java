/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Relations over time, counted in real events (clusters), not reports: per dyad and period the clusters by PLOVER
 * type and their mean cooperation–conflict weight; per actor its top partners and its timeline. An actor is given by
 * its id ({@code person:vladimir-putin}) or, for a country with everything attributed to it, by its ISO code
 * ({@code RUS}). Reads the derived tables as they are: call {@link Store#refreshDerived()} first. Not thread-safe
 * (one JDBC connection).
 */
public final class Relations {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private final Connection db;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    public Relations(Store store) {
        this(store.connection());
    }

    /**
     * Relations read through {@code db}, a connection to a store's database (for instance one duplicated from
     * {@link Store#connection()}, so that several threads each read through their own).
     */
    public Relations(Connection db) {
        this.db = db;
    }

    /** Events from {@code a} to {@code b} (or both ways when {@code bothWays}) per period. */
    public List<PeriodRelations> dyad(String a, String b, Period period, boolean bothWays) throws SQLException {
        String ab = "(" + side("source") + " AND " + side("target") + ")";
        String where = bothWays ? "(" + ab + " OR (" + side("target") + " AND " + side("source") + "))" : ab;
        List<Object> params = new ArrayList<>(sideParams(a));
        params.addAll(sideParams(b));
        if (bothWays) {
            params.addAll(sideParams(a));
            params.addAll(sideParams(b));
        }
        Map<String, Long> articles = coMentionsByPeriod(period, List.of(actorId(a), actorId(b)));
        return perPeriod(period, where, params, articles);
    }

    /** Events involving the actor, and articles mentioning it, per period. */
    public List<PeriodRelations> timeline(String actor, Period period) throws SQLException {
        String where = "(" + side("source") + " OR " + side("target") + ")";
        List<Object> params = new ArrayList<>(sideParams(actor));
        params.addAll(sideParams(actor));
        return perPeriod(period, where, params, coMentionsByPeriod(period, List.of(actorId(actor))));
    }

    /** The actor's partners: by event clusters between them, then by articles mentioning both. */
    public List<Partner> partners(String actor, int limit) throws SQLException {
        String sql = """
                WITH ev AS (SELECT CASE WHEN %1$s THEN target ELSE source END AS partner, count(*) AS clusters,
                                   avg(score) AS score
                            FROM clusters WHERE %1$s OR %2$s GROUP BY 1),
                     mine AS (SELECT DISTINCT article_id FROM entities WHERE entity_id = ?),
                     co AS (SELECT e.entity_id AS partner, count(DISTINCT e.article_id) AS n
                            FROM entities e JOIN mine m ON m.article_id = e.article_id
                            WHERE e.entity_id <> ? GROUP BY 1)
                SELECT coalesce(ev.partner, co.partner) AS p, a.label, coalesce(ev.clusters, 0) AS c,
                       coalesce(ev.score, 0), coalesce(co.n, 0) AS n
                FROM ev FULL OUTER JOIN co ON co.partner = ev.partner
                LEFT JOIN actors a ON a.id = coalesce(ev.partner, co.partner)
                WHERE coalesce(ev.partner, co.partner) IS NOT NULL
                ORDER BY c DESC, n DESC, p LIMIT ?""".formatted(side("source"), side("target"));
        List<Object> params = new ArrayList<>(sideParams(actor));
        params.addAll(sideParams(actor));
        params.addAll(sideParams(actor));
        params.add(actorId(actor));
        params.add(actorId(actor));
        params.add(limit);
        List<Partner> out = new ArrayList<>();
        try (ResultSet rs = query(sql, params)) {
            while (rs.next()) {
                out.add(new Partner(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getLong(5)));
            }
        }
        return out;
    }

    private List<PeriodRelations> perPeriod(Period period, String where, List<Object> params,
            Map<String, Long> articles) throws SQLException {
        String sql = "SELECT " + period.label("time_start") + " AS p, type, count(*), sum(reports), sum(score) "
                + "FROM clusters WHERE time_start IS NOT NULL AND " + where + " GROUP BY 1, 2 ORDER BY 1, 2";
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, Map<String, Long>> types = new HashMap<>();
        Map<String, Double> scores = new HashMap<>();
        try (ResultSet rs = query(sql, params)) {
            while (rs.next()) {
                String p = rs.getString(1);
                long[] t = totals.computeIfAbsent(p, k -> new long[2]);
                t[0] += rs.getLong(3);
                t[1] += rs.getLong(4);
                types.computeIfAbsent(p, k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                scores.merge(p, rs.getDouble(5), Double::sum);
            }
        }
        articles.keySet().forEach(p -> totals.putIfAbsent(p, new long[2]));
        List<PeriodRelations> out = new ArrayList<>();
        totals.forEach((p, t) -> out.add(new PeriodRelations(p, t[0], t[1], types.getOrDefault(p, Map.of()),
                t[0] == 0 ? 0 : scores.get(p) / t[0], articles.getOrDefault(p, 0L))));
        return out;
    }

    /** Dated articles mentioning every one of the actors, per period. */
    private Map<String, Long> coMentionsByPeriod(Period period, List<String> actors) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + period.label("a.published") + ", count(*) FROM articles a "
                + "WHERE a.published IS NOT NULL");
        for (int i = 0; i < actors.size(); i++) {
            sql.append(" AND a.id IN (SELECT article_id FROM entities WHERE entity_id = ?)");
        }
        sql.append(" GROUP BY 1");
        Map<String, Long> out = new HashMap<>();
        try (ResultSet rs = query(sql.toString(), new ArrayList<>(actors))) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static String side(String column) {
        return "(" + column + " = ? OR " + column + "_country = ?)";
    }

    /** The parameters of {@link #side}: the actor id, and the country code when the actor is given as one. */
    private static List<Object> sideParams(String actor) {
        List<Object> p = new ArrayList<>(2);
        p.add(actorId(actor));
        p.add(COUNTRY.matcher(actor).matches() ? actor : null);
        return p;
    }

    /** The actor id for an id or a country code ({@code RUS} is {@code country:RUS}). */
    static String actorId(String actor) {
        return COUNTRY.matcher(actor).matches() ? "country:" + actor : actor;
    }

    /** Runs a query through a statement prepared once per SQL text (the same few shapes come back all the time). */
    private ResultSet query(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = db.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps.executeQuery();
    }
}
