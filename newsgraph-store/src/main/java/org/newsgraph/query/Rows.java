/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs SQL on a lease and maps rows to records; pages carry their total. */
final class Rows {
    /** Maps the current row. */
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static final String TOTAL = "total__";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Rows() {}

    static <T> List<T> list(ReadPool.Lease l, String sql, Mapper<T> m, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = run(l, sql, params)) {
            while (rs.next()) {
                out.add(m.map(rs));
            }
        }
        return out;
    }

    static <T> Optional<T> one(ReadPool.Lease l, String sql, Mapper<T> m, Object... params) throws SQLException {
        try (ResultSet rs = run(l, sql, params)) {
            return rs.next() ? Optional.of(m.map(rs)) : Optional.empty();
        }
    }

    static long count(ReadPool.Lease l, String sql, Object... params) throws SQLException {
        try (ResultSet rs = run(l, sql, params)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * One page of {@code select} in {@code orderBy} order, with the total number of rows. The order must be total
     * (end with a unique column) so that pages neither repeat nor skip rows.
     */
    static <T> Page<T> page(ReadPool.Lease l, String select, String orderBy, List<Object> params, int offset, int limit,
            Mapper<T> m) throws SQLException {
        String sql = "SELECT *, count(*) OVER () AS " + TOTAL + " FROM (" + select + ") q ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?";
        List<Object> p = new ArrayList<>(params);
        p.add(limit);
        p.add(offset);
        long total = 0;
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = run(l, sql, p.toArray())) {
            while (rs.next()) {
                rows.add(m.map(rs));
                total = rs.getLong(TOTAL);
            }
        }
        if (rows.isEmpty() && offset > 0) {
            total = count(l, "SELECT count(*) FROM (" + select + ") q", params.toArray());
        }
        return new Page<>(rows, total, offset, limit);
    }

    static ResultSet run(ReadPool.Lease l, String sql, Object... params) throws SQLException {
        PreparedStatement ps = l.prepare(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps.executeQuery();
    }

    static String day(ResultSet rs, String col) throws SQLException {
        LocalDate d = rs.getObject(col, LocalDate.class);
        return d == null ? null : d.toString();
    }

    static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Double doubleOrNull(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    /** A number as DuckDB returns it for sums and counts (BigInteger, BigDecimal, Long), as a long. */
    static long number(ResultSet rs, String col) throws SQLException {
        Object v = rs.getObject(col);
        if (v instanceof BigInteger b) {
            return b.longValue();
        }
        if (v instanceof BigDecimal d) {
            return d.longValue();
        }
        return v instanceof Number n ? n.longValue() : 0;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** A JSON array of strings stored as text (authors, languages, actors). */
    static List<String> strings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            return List.of(json); // a value written by hand: kept as it is rather than lost
        }
    }
}
