/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.newsgraph.store.Schema;

/**
 * CSV and Parquet exports: DuckDB copies every exported table, in its deterministic order, to {@code TABLE.csv} or
 * {@code TABLE.parquet} in the output folder. No TIMEX3 value is exported: dates are days, months or years with their
 * precision, durations ISO 8601 durations. DuckDB streams the rows itself, so no table is held in memory.
 */
final class TableCopy {
    private TableCopy() {}

    /**
     * The rows of one table as exported: events and temporal expressions carry their date as a day, month or year
     * with its precision instead of the TIMEX3 value, and events the states their parties belong to and their place.
     */
    static String select(String table) {
        return switch (table) {
            case "events" -> """
                    SELECT e.* REPLACE (d.date AS time_value), d.date_precision AS time_precision, d.source_state,
                           d.target_state, d.place, d.place_en, d.place_de, d.place_country, d.latitude, d.longitude
                    FROM events e LEFT JOIN event_details d ON d.event_id = e.id""";
            case "timexes" -> """
                    SELECT t.* REPLACE (CASE WHEN t.type = 'DURATION' AND regexp_full_match(t.value, 'P[0-9.YMWDTHS]+')
                                               THEN t.value ELSE d.date END AS value), d.date_precision AS precision
                    FROM timexes t LEFT JOIN timex_dates d ON d.article_id = t.article_id
                      AND d.char_start = t.char_start AND d.char_end = t.char_end""";
            default -> "SELECT * FROM " + table;
        };
    }

    static void export(Connection db, ExportFormat format, Path folder, ExportProgress progress)
            throws IOException, SQLException {
        Files.createDirectories(folder);
        long total = 0;
        for (String t : Schema.EXPORTED.keySet()) {
            total += Rows.count(db, t);
        }
        long done = 0;
        progress.rows(0, total);
        for (String t : Schema.EXPORTED.keySet()) {
            table(db, format, t, folder.resolve(t + "." + format.wireName()));
            done += Rows.count(db, t);
            progress.rows(done, total);
        }
    }

    /** One table, in its deterministic order, to {@code file}. */
    static void table(Connection db, ExportFormat format, String table, Path file) throws SQLException {
        String options = format == ExportFormat.CSV ? "(FORMAT CSV, HEADER, DELIMITER ',')"
                : "(FORMAT PARQUET, COMPRESSION ZSTD)";
        try (Statement st = db.createStatement()) {
            st.execute("COPY (SELECT * FROM (" + select(table) + ") q ORDER BY " + Schema.EXPORTED.get(table)
                    + ") TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' " + options);
        }
    }
}
