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
 * One event report: who did what to whom, when and where in one article, with the states the parties belong to on
 * the event's day, its place in the gazetteer, its provenance and the event cluster it belongs to. Offsets index the
 * article's text. Labels and the place's name are in the reader's language; {@code source_text} and the other
 * {@code *_text} fields are the article's own words.
 *
 * @param id                     {@code ARTICLE:e1}
 * @param articleId              the article
 * @param published              the article's day
 * @param outlet                 the article's outlet
 * @param language               the article's language
 * @param title                  the article's headline
 * @param type                   PLOVER type
 * @param cameo                  CAMEO event code
 * @param label                  the predicate's label
 * @param sourceEntity           who acts (actor id)
 * @param sourceLabel            its name
 * @param sourceText             the words naming it
 * @param sourceStart            where they start
 * @param sourceEnd              where they end
 * @param sourceState            the state or organisation it belongs to on the event's day
 * @param sourceStateLabel       that state's name
 * @param targetEntity           who is acted upon
 * @param targetLabel            its name
 * @param targetText             the words naming it
 * @param targetStart            where they start
 * @param targetEnd              where they end
 * @param targetState            its state on the event's day
 * @param targetStateLabel       that state's name
 * @param locationEntity         the place argument's actor id
 * @param locationText           the place argument's words
 * @param place                  the gazetteer entry ({@code geonames:…}, {@code country:…})
 * @param placeLabel             its name
 * @param latitude               its latitude
 * @param longitude              its longitude
 * @param date                   the event's day, month or year ("2023-09-13", "2023-09", "2023"), or null
 * @param datePrecision          {@code day}, {@code month} or {@code year}
 * @param timeText               the words that date it
 * @param timeMethod             {@code timex}, {@code document-date} or {@code none}
 * @param modality               occurred, planned, hypothetical or negated
 * @param certainty              asserted, reported, hedged, speculated or denied
 * @param attributionEntity      who it is attributed to
 * @param attributionText        their words
 * @param attributionCue         the cue ("laut")
 * @param evidenceSentence       the evidence sentence's index
 * @param evidenceStart          where the evidence starts
 * @param evidenceEnd            where it ends
 * @param evidenceText           the evidence
 * @param confidence             0..1
 * @param method                 what coded it
 * @param clusterId              the real-world event it reports
 * @param clusterReports         that cluster's reports
 * @param clusterSources         its independent sources
 */
public record EventRow(String id, String articleId, String published, String outlet, String language, String title,
        String type, String cameo, String label, String sourceEntity, String sourceLabel, String sourceText,
        Integer sourceStart, Integer sourceEnd, String sourceState, String sourceStateLabel, String targetEntity,
        String targetLabel, String targetText, Integer targetStart, Integer targetEnd, String targetState,
        String targetStateLabel, String locationEntity, String locationText, String place, String placeLabel,
        Double latitude, Double longitude, String date, String datePrecision, String timeText, String timeMethod,
        String modality, String certainty, String attributionEntity, String attributionText, String attributionCue,
        Integer evidenceSentence, Integer evidenceStart, Integer evidenceEnd, String evidenceText, Double confidence,
        String method, String clusterId, Long clusterReports, Long clusterSources) {

    /** The columns {@link #read} needs, for the reader's language: {@code %1$s} the place columns' suffix. */
    static final String SELECT = """
            SELECT e.id, e.article_id, a.published, a.outlet, a.language, a.title, e.type, e.cameo, e.label,
                   e.source_entity, e.source_text, e.source_start, e.source_end, d.source_state, e.target_entity,
                   e.target_text, e.target_start, e.target_end, d.target_state, e.location_entity, e.location_text,
                   d.place,
                   d.place_%1$s AS place_label, d.latitude, d.longitude, d.date, d.date_precision, e.time_text,
                   e.time_method, e.modality, e.certainty, e.attribution_entity, e.attribution_text,
                   e.attribution_cue, e.evidence_sentence, e.evidence_start, e.evidence_end, e.evidence_text,
                   e.confidence, e.method, r.cluster_id, k.reports AS cluster_reports,
                   k.independent_sources AS cluster_sources, r.ordinal
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN event_details d ON d.event_id = e.id
            LEFT JOIN cluster_reports r ON r.event_id = e.id LEFT JOIN clusters k ON k.id = r.cluster_id
            WHERE %2$s""";

    static EventRow read(ResultSet rs, Names names) throws SQLException {
        String source = rs.getString("source_entity");
        String target = rs.getString("target_entity");
        String sourceState = rs.getString("source_state");
        String targetState = rs.getString("target_state");
        return new EventRow(rs.getString("id"), rs.getString("article_id"), Rows.day(rs, "published"),
                rs.getString("outlet"), rs.getString("language"), rs.getString("title"), rs.getString("type"),
                rs.getString("cameo"), rs.getString("label"), source, names.label(source), rs.getString("source_text"),
                Rows.intOrNull(rs, "source_start"), Rows.intOrNull(rs, "source_end"), sourceState,
                names.label(sourceState), target, names.label(target), rs.getString("target_text"),
                Rows.intOrNull(rs, "target_start"), Rows.intOrNull(rs, "target_end"), targetState,
                names.label(targetState), rs.getString("location_entity"),
                rs.getString("location_text"), rs.getString("place"), rs.getString("place_label"),
                Rows.doubleOrNull(rs, "latitude"), Rows.doubleOrNull(rs, "longitude"), rs.getString("date"),
                rs.getString("date_precision"), rs.getString("time_text"), rs.getString("time_method"),
                rs.getString("modality"), rs.getString("certainty"), rs.getString("attribution_entity"),
                rs.getString("attribution_text"), rs.getString("attribution_cue"),
                Rows.intOrNull(rs, "evidence_sentence"), Rows.intOrNull(rs, "evidence_start"),
                Rows.intOrNull(rs, "evidence_end"), rs.getString("evidence_text"), Rows.doubleOrNull(rs, "confidence"),
                rs.getString("method"), rs.getString("cluster_id"), Rows.longOrNull(rs, "cluster_reports"),
                Rows.longOrNull(rs, "cluster_sources"));
    }

    /** The select for the reader's language with a condition. */
    static String select(Names names, String where) {
        return SELECT.formatted(names.code(), where);
    }
}
