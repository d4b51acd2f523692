/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Row counts, for an export's progress. */
final class Rows {
    private Rows() {}

    /** The rows of a table (the names exports use; never text from outside). */
    static long count(Connection db, String table) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Counts rows as they are written and tells the progress. */
    static final class Counter {
        private final ExportProgress progress;
        private final long total;
        private long done;

        Counter(ExportProgress progress, long total) {
            this.progress = progress;
            this.total = total;
            progress.rows(0, total);
        }

        void step() {
            progress.rows(++done, total);
        }
    }
}
