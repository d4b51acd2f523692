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
 * One actor with its names in both languages and its counts.
 *
 * @param id             actor id
 * @param type           entity type
 * @param label          its name in the reader's language
 * @param labelEn        its English name
 * @param labelDe        its German name
 * @param iso3           country code, where known
 * @param cameo          CAMEO actor code, where known
 * @param articles       articles naming it
 * @param mentions       mentions of it
 * @param state          the state or organisation it belongs to today
 * @param stateLabel     that state's name in the reader's language
 * @param eventsAsSource event reports with it as source
 * @param eventsAsTarget event reports with it as target
 * @param claimsBy       claims it made
 * @param first          the first day an article named it
 * @param last           the last day
 */
public record ActorDetail(String id, String type, String label, String labelEn, String labelDe, String iso3,
        String cameo, long articles, long mentions, String state, String stateLabel, long eventsAsSource,
        long eventsAsTarget, long claimsBy, String first, String last) {
    static ActorDetail read(ResultSet rs, Names names) throws SQLException {
        return new ActorDetail(rs.getString("id"), rs.getString("type"), rs.getString("label"),
                rs.getString("label_en"), rs.getString("label_de"), rs.getString("iso3"), rs.getString("cameo"),
                rs.getLong("articles"), rs.getLong("mentions"), rs.getString("state"),
                names.label(rs.getString("state")), rs.getLong("events_as_source"),
                rs.getLong("events_as_target"), rs.getLong("claims_by"), Rows.day(rs, "first"), Rows.day(rs, "last"));
    }
}
