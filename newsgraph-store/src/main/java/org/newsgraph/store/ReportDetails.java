/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What a cluster takes from its reports beside what clustering reads: modality, publication day, the parties' states
 * and the place (from {@code event_details}).
 */
record ReportDetails(String modality, LocalDate published, String sourceState, String targetState, String place,
        String placeEn, String placeDe, String placeCountry, Double latitude, Double longitude) {

    /** Reads the columns from {@code col} on: modality, published, source_state, target_state, place and its fields. */
    static ReportDetails read(ResultSet rs, int col) throws SQLException {
        return new ReportDetails(rs.getString(col), rs.getObject(col + 1, LocalDate.class), rs.getString(col + 2),
                rs.getString(col + 3), rs.getString(col + 4), rs.getString(col + 5), rs.getString(col + 6),
                rs.getString(col + 7), (Double) rs.getObject(col + 8), (Double) rs.getObject(col + 9));
    }
}
