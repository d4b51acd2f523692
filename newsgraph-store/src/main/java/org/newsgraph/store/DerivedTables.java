/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The derived tables: recomputed from the evidence tables in one transaction whenever the evidence grew, so their
 * shape may change between versions without a migration: a store whose derived tables are of another version gets
 * them dropped, created anew and recomputed (by the next writer to open it). Columns: {@code docs/store.md}.
 */
final class DerivedTables {
    /** Bumped whenever a derived table changes; meta key {@code derived_version}. */
    static final String VERSION = "2";

    static final List<String> NAMES = List.of("syndication", "actors", "actor_names", "clusters", "cluster_reports",
            "event_details", "timex_dates");

    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS syndication (article_id VARCHAR, group_id VARCHAR, copies INTEGER)",
            """
            CREATE TABLE IF NOT EXISTS actors (id VARCHAR, type VARCHAR, label VARCHAR, iso3 VARCHAR, cameo VARCHAR,
              articles INTEGER, mentions INTEGER, label_en VARCHAR, label_de VARCHAR, state VARCHAR)""",
            "CREATE TABLE IF NOT EXISTS actor_names (actor_id VARCHAR, name VARCHAR, name_key VARCHAR)",
            """
            CREATE TABLE IF NOT EXISTS clusters (id VARCHAR, type VARCHAR, cameo VARCHAR, quad_class INTEGER,
              score DOUBLE, source VARCHAR, target VARCHAR, source_country VARCHAR, target_country VARCHAR,
              actors VARCHAR, time VARCHAR, time_start DATE, time_end DATE, reports INTEGER, articles INTEGER,
              outlets INTEGER, independent_sources INTEGER, languages VARCHAR, time_precision VARCHAR,
              reported DATE, source_state VARCHAR, target_state VARCHAR, modality VARCHAR, place VARCHAR,
              place_en VARCHAR, place_de VARCHAR, place_country VARCHAR, latitude DOUBLE, longitude DOUBLE)""",
            "CREATE TABLE IF NOT EXISTS cluster_reports (cluster_id VARCHAR, ordinal INTEGER, event_id VARCHAR, "
                    + "article_id VARCHAR)",
            """
            CREATE TABLE IF NOT EXISTS event_details (event_id VARCHAR, article_id VARCHAR, date VARCHAR,
              date_precision VARCHAR, date_start DATE, date_end DATE, source_state VARCHAR, target_state VARCHAR,
              place VARCHAR, place_en VARCHAR, place_de VARCHAR, place_country VARCHAR, place_kind VARCHAR,
              latitude DOUBLE, longitude DOUBLE, place_text VARCHAR, place_method VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS timex_dates (article_id VARCHAR, char_start INTEGER, char_end INTEGER,
              date VARCHAR, date_precision VARCHAR)""");

    private DerivedTables() {}

    /**
     * Creates the derived tables; when they are of another version (or none is recorded), drops them first and
     * marks them stale, so that the next refresh recomputes them in the new shape.
     */
    static void create(Connection db) throws SQLException {
        boolean current = VERSION.equals(Schema.meta(db, "derived_version"));
        try (Statement st = db.createStatement()) {
            if (!current) {
                for (String t : NAMES) {
                    st.execute("DROP TABLE IF EXISTS " + t);
                }
            }
            for (String ddl : DDL) {
                st.execute(ddl);
            }
        }
        if (!current) {
            Schema.setMeta(db, "derived_version", VERSION);
            Schema.setMeta(db, "derived_seq", "");
        }
    }

    /** True when a store's derived tables have the shape this version reads (a read-only store cannot fix them). */
    static boolean current(Connection db) throws SQLException {
        return VERSION.equals(Schema.meta(db, "derived_version"));
    }
}
