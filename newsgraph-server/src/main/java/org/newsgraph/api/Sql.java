/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/** Runs SQL into {@link Table}s: plain values, dates as ISO text, pages with their total. */
public final class Sql {
    private static final String TOTAL = "total__";

    private Sql() {}

    /** All rows of a query. */
    public static Table all(Db.Lease db, String sql, Object... params) throws SQLException {
        try (ResultSet rs = run(db, sql, params)) {
            List<String> cols = columns(rs.getMetaData(), false);
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row(rs, cols.size()));
            }
            return Table.whole(cols, rows);
        }
    }

    /**
     * One page of {@code select} in {@code orderBy} order, with the total number of rows. The order must be total
     * (end with a unique column) so that pages neither repeat nor skip rows.
     */
    public static Table page(Db.Lease db, String select, String orderBy, List<Object> params, int offset, int limit)
            throws SQLException {
        String sql = "SELECT *, count(*) OVER () AS " + TOTAL + " FROM (" + select + ") q ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?";
        List<Object> p = new ArrayList<>(params);
        p.add(limit);
        p.add(offset);
        long total = 0;
        List<List<Object>> rows = new ArrayList<>();
        List<String> cols;
        try (ResultSet rs = run(db, sql, p.toArray())) {
            cols = columns(rs.getMetaData(), true);
            while (rs.next()) {
                rows.add(row(rs, cols.size()));
                total = rs.getLong(cols.size() + 1);
            }
        }
        if (rows.isEmpty() && offset > 0) {
            try (ResultSet rs = run(db, "SELECT count(*) FROM (" + select + ") q", params.toArray())) {
                total = rs.next() ? rs.getLong(1) : 0;
            }
        }
        return new Table(cols, rows, total, offset, limit);
    }

    /** A single value, or {@code null} when there is no row. */
    public static Object value(Db.Lease db, String sql, Object... params) throws SQLException {
        try (ResultSet rs = run(db, sql, params)) {
            return rs.next() ? plain(rs.getObject(1)) : null;
        }
    }

    static ResultSet run(Db.Lease db, String sql, Object... params) throws SQLException {
        PreparedStatement ps = db.prepare(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps.executeQuery();
    }

    private static List<String> columns(ResultSetMetaData md, boolean dropTotal) throws SQLException {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i);
            if (!(dropTotal && TOTAL.equals(name))) {
                cols.add(name);
            }
        }
        return cols;
    }

    private static List<Object> row(ResultSet rs, int n) throws SQLException {
        List<Object> r = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            r.add(plain(rs.getObject(i)));
        }
        return r;
    }

    /** JDBC values as JSON- and CSV-friendly ones: dates as ISO text, big numbers as long or double. */
    static Object plain(Object v) {
        if (v instanceof TemporalAccessor || v instanceof java.util.Date) {
            return v.toString();
        }
        if (v instanceof BigInteger b) {
            return b.longValue();
        }
        if (v instanceof BigDecimal d) {
            return d.doubleValue();
        }
        return v;
    }
}
