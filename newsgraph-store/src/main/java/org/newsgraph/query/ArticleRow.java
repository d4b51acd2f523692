/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A stored article in a list.
 *
 * @param id        article id
 * @param published publication day, or null
 * @param outlet    outlet, or null
 * @param language  {@code de} or {@code en}
 * @param kicker    the kicker (the line above the headline), or null
 * @param title     the headline, or null
 * @param url       where it was read from, or null
 * @param events    event reports found in it
 * @param claims    claims found in it
 */
public record ArticleRow(String id, String published, String outlet, String language, String kicker, String title,
        String url, long events, long claims) {
    static ArticleRow read(ResultSet rs) throws SQLException {
        return new ArticleRow(rs.getString("id"), Rows.day(rs, "published"), rs.getString("outlet"),
                rs.getString("language"), rs.getString("kicker"), rs.getString("title"), rs.getString("url"),
                rs.getLong("events"), rs.getLong("claims"));
    }
}
