/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Re-indexes stored articles from the tables, in ingest order and in chunks so that memory stays bounded. */
final class Reindexer {
    static final int CHUNK = 1000;

    private Reindexer() {}

    /** Indexes the articles whose ingest sequence number lies in {@code (from, to]}. */
    static void reindex(Connection db, LuceneIndex index, long from, long to) throws SQLException, IOException {
        for (long lo = from; lo < to; lo += CHUNK) {
            long hi = Math.min(to, lo + CHUNK);
            Map<String, IndexedArticles.Builder> chunk = articles(db, lo, hi);
            sentences(db, lo, hi, chunk);
            actors(db, lo, hi, chunk);
            for (IndexedArticles.Builder b : chunk.values()) {
                index.index(b.build());
            }
        }
    }

    /** Restricts table {@code x} (with an {@code article_id} column) to the articles ingested in a sequence range. */
    private static final String RANGE = " JOIN ingest_log l ON l.article_id = x.article_id WHERE l.seq > ? AND l.seq <= ?";

    private static Map<String, IndexedArticles.Builder> articles(Connection db, long lo, long hi) throws SQLException {
        Map<String, IndexedArticles.Builder> out = new LinkedHashMap<>();
        String sql = "SELECT x.id, x.language, x.outlet, x.published, x.title, x.text FROM articles x "
                + "JOIN ingest_log l ON l.article_id = x.id WHERE l.seq > ? AND l.seq <= ? ORDER BY l.seq";
        try (ResultSet rs = query(db, sql, lo, hi)) {
            while (rs.next()) {
                Date d = rs.getDate(4);
                out.put(rs.getString(1), new IndexedArticles.Builder(rs.getString(1), rs.getString(2),
                        rs.getString(3), d == null ? null : d.toLocalDate(), rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    private static void sentences(Connection db, long lo, long hi, Map<String, IndexedArticles.Builder> chunk)
            throws SQLException {
        String sql = "SELECT x.article_id, x.char_start, x.char_end FROM sentences x" + RANGE
                + " ORDER BY l.seq, x.sentence";
        try (ResultSet rs = query(db, sql, lo, hi)) {
            while (rs.next()) {
                chunk.get(rs.getString(1)).sentences.add(new int[] {rs.getInt(2), rs.getInt(3)});
            }
        }
    }

    private static void actors(Connection db, long lo, long hi, Map<String, IndexedArticles.Builder> chunk)
            throws SQLException {
        try (ResultSet rs = query(db, "SELECT x.article_id, x.entity_id FROM entities x" + RANGE, lo, hi)) {
            while (rs.next()) {
                chunk.get(rs.getString(1)).actors.add(rs.getString(2));
            }
        }
        try (ResultSet rs = query(db, "SELECT x.article_id, x.sentence, x.entity_id FROM mentions x" + RANGE, lo, hi)) {
            while (rs.next()) {
                chunk.get(rs.getString(1)).mention(rs.getInt(2), rs.getString(3));
            }
        }
    }

    private static ResultSet query(Connection db, String sql, long lo, long hi) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        ps.setLong(1, lo);
        ps.setLong(2, hi);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }
}
