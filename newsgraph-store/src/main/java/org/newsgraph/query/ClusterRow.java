/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A real-world event: reports of it merged across articles, outlets and languages.
 *
 * @param id                 {@code k} + 16 hex digits
 * @param type               PLOVER type
 * @param cameo              CAMEO code
 * @param quadClass          1–4: verbal and material cooperation, verbal and material conflict
 * @param score              cooperation–conflict weight, -10…+10
 * @param source             the anchor report's source actor
 * @param sourceLabel        its name in the reader's language
 * @param target             its target actor
 * @param targetLabel        its name
 * @param sourceState        the state or organisation the source belongs to on the event's day
 * @param sourceStateLabel   its name
 * @param targetState        the target's state
 * @param targetStateLabel   its name
 * @param date               the event's day, month or year, or null when no report dates it
 * @param datePrecision      {@code day}, {@code month} or {@code year}
 * @param timeStart          the first day the reports' time covers
 * @param timeEnd            the last day
 * @param reported           the first day an article reported it
 * @param reports            event reports
 * @param articles           articles
 * @param outlets            outlets
 * @param independentSources reports counted once per outlet and syndicated text
 * @param languages          the reports' languages
 * @param modality           the anchor report's modality
 * @param place              the gazetteer entry of its place
 * @param placeLabel         the place's name
 * @param latitude           its latitude
 * @param longitude          its longitude
 * @param evidence           the anchor report's evidence sentence
 */
public record ClusterRow(String id, String type, String cameo, int quadClass, double score, String source,
        String sourceLabel, String target, String targetLabel, String sourceState, String sourceStateLabel,
        String targetState, String targetStateLabel, String date, String datePrecision, String timeStart,
        String timeEnd, String reported, long reports, long articles, long outlets, long independentSources,
        List<String> languages, String modality, String place, String placeLabel, Double latitude, Double longitude,
        String evidence) {

    private static final String SELECT = """
            SELECT k.*, k.place_%1$s AS place_label,
                   (SELECT e.evidence_text FROM cluster_reports r JOIN events e ON e.id = r.event_id
                    WHERE r.cluster_id = k.id AND r.ordinal = 0) AS evidence
            FROM clusters k WHERE %2$s""";

    static String select(Names names, String where) {
        return SELECT.formatted(names.code(), where);
    }

    static ClusterRow read(ResultSet rs, Names names) throws SQLException {
        String source = rs.getString("source");
        String target = rs.getString("target");
        String sourceState = rs.getString("source_state");
        String targetState = rs.getString("target_state");
        return new ClusterRow(rs.getString("id"), rs.getString("type"), rs.getString("cameo"),
                rs.getInt("quad_class"), Rows.round(rs.getDouble("score")), source, names.label(source), target,
                names.label(target), sourceState, names.label(sourceState), targetState, names.label(targetState),
                rs.getString("time"),
                rs.getString("time_precision"), Rows.day(rs, "time_start"), Rows.day(rs, "time_end"),
                Rows.day(rs, "reported"), rs.getLong("reports"), rs.getLong("articles"), rs.getLong("outlets"),
                rs.getLong("independent_sources"), Rows.strings(rs.getString("languages")),
                rs.getString("modality"), rs.getString("place"), rs.getString("place_label"),
                Rows.doubleOrNull(rs, "latitude"), Rows.doubleOrNull(rs, "longitude"), rs.getString("evidence"));
    }
}
