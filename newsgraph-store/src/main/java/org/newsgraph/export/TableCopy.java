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
 * {@code TABLE.parquet} in the output folder. DuckDB streams the rows itself, so no table is held in memory.
 */
final class TableCopy {
    private TableCopy() {}

    static void export(Connection db, ExportFormat format, Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        String options = format == ExportFormat.CSV ? "(FORMAT CSV, HEADER, DELIMITER ',')"
                : "(FORMAT PARQUET, COMPRESSION ZSTD)";
        try (Statement st = db.createStatement()) {
            for (Map.Entry<String, String> t : Schema.EXPORTED.entrySet()) {
                Path file = folder.resolve(t.getKey() + "." + format.wireName());
                st.execute("COPY (SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue() + ") TO '"
                        + file.toAbsolutePath().toString().replace("'", "''") + "' " + options);
            }
        }
    }
}
