/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.newsgraph.dedup.EventDate;

/**
 * The derived {@code timex_dates} table: each dated temporal expression as a day, month or year with its precision,
 * which exports write instead of the TIMEX3 value ("2023-W36" is written "2023-09", precision month).
 */
final class TimexDates {
    private TimexDates() {}

    static void refresh(Connection db) throws SQLException {
        BatchInsert rows = new BatchInsert("timex_dates", 5);
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT article_id, char_start, char_end, value FROM timexes WHERE type IN ('DATE', 'TIME')")) {
            while (rs.next()) {
                Optional<EventDate> d = EventDate.of(rs.getString(4));
                if (d.isPresent()) {
                    rows.add(rs.getString(1), rs.getInt(2), rs.getInt(3), d.get().text(),
                            d.get().precision().wireName());
                }
            }
        }
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM timex_dates");
        }
        rows.flush(db);
    }
}
