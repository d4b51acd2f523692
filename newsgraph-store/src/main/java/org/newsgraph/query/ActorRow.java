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
 * A stored actor.
 *
 * @param id       actor id ({@code country:RUS}, {@code person:vladimir-putin}, {@code other:person:…})
 * @param type     PERSON, ORGANIZATION, COUNTRY, LOCATION, MEDIA, GROUP or OTHER
 * @param label    its name in the reader's language
 * @param iso3     ISO 3166 alpha-3 code of its country, where known
 * @param cameo    CAMEO actor code, where known
 * @param articles articles naming it
 * @param mentions mentions of it
 * @param state    the state or organisation it belongs to today (itself for states, organisations and groups)
 */
public record ActorRow(String id, String type, String label, String iso3, String cameo, long articles, long mentions,
        String state) {
    static ActorRow read(ResultSet rs) throws SQLException {
        return new ActorRow(rs.getString("id"), rs.getString("type"), rs.getString("label"), rs.getString("iso3"),
                rs.getString("cameo"), rs.getLong("articles"), rs.getLong("mentions"), rs.getString("state"));
    }
}
