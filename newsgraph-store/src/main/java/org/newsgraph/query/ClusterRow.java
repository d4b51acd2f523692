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
import org.newsgraph.model.Language;

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
            SELECT k.*, sa.label_%1$s AS source_label, ta.label_%1$s AS target_label,
                   ssa.label_%1$s AS source_state_label, tsa.label_%1$s AS target_state_label,
                   k.place_%1$s AS place_label,
                   (SELECT e.evidence_text FROM cluster_reports r JOIN events e ON e.id = r.event_id
                    WHERE r.cluster_id = k.id AND r.ordinal = 0) AS evidence
            FROM clusters k LEFT JOIN actors sa ON sa.id = k.source LEFT JOIN actors ta ON ta.id = k.target
            LEFT JOIN actors ssa ON ssa.id = k.source_state LEFT JOIN actors tsa ON tsa.id = k.target_state
            WHERE %2$s""";

    static String select(Language lang, String where) {
        return SELECT.formatted(Labels.code(lang), where);
    }

    static ClusterRow read(ResultSet rs, Language lang) throws SQLException {
        String source = rs.getString("source");
        String target = rs.getString("target");
        String sourceState = rs.getString("source_state");
        String targetState = rs.getString("target_state");
        return new ClusterRow(rs.getString("id"), rs.getString("type"), rs.getString("cameo"),
                rs.getInt("quad_class"), Rows.round(rs.getDouble("score")), source,
                Labels.of(rs.getString("source_label"), source, lang), target,
                Labels.of(rs.getString("target_label"), target, lang), sourceState,
                Labels.of(rs.getString("source_state_label"), sourceState, lang), targetState,
                Labels.of(rs.getString("target_state_label"), targetState, lang), rs.getString("time"),
                rs.getString("time_precision"), Rows.day(rs, "time_start"), Rows.day(rs, "time_end"),
                Rows.day(rs, "reported"), rs.getLong("reports"), rs.getLong("articles"), rs.getLong("outlets"),
                rs.getLong("independent_sources"), Rows.strings(rs.getString("languages")),
                rs.getString("modality"), rs.getString("place"), rs.getString("place_label"),
                Rows.doubleOrNull(rs, "latitude"), Rows.doubleOrNull(rs, "longitude"), rs.getString("evidence"));
    }
}
