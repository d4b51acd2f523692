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
 * A claim: who says what, how sure, in which article. Offsets index the article's text; {@code speaker_label} is
 * the linked speaker's name in the reader's language, {@code speaker_text} the article's words.
 *
 * @param id               {@code ARTICLE:c1}
 * @param articleId        the article
 * @param published        its day
 * @param outlet           its outlet
 * @param language         its language
 * @param title            its headline
 * @param speakerEntity    the speaker's actor id, or null
 * @param speakerLabel     its name
 * @param speakerText      the words naming the speaker
 * @param speakerStart     where they start
 * @param speakerEnd       where they end
 * @param cue              the cue ("sagte", "according to")
 * @param contentStart     where the content starts
 * @param contentEnd       where it ends
 * @param contentText      what is claimed
 * @param kind             direct, indirect or reported
 * @param certainty        asserted, reported, hedged, speculated or denied
 * @param addresseeEntity  to whom, where said
 * @param addresseeText    their words
 * @param innerEntity      the source the speaker cites, where one is
 * @param innerText        its words
 * @param evidenceSentence the evidence sentence's index
 * @param evidenceStart    where the evidence starts
 * @param evidenceEnd      where it ends
 * @param evidenceText     the evidence
 * @param confidence       0..1
 * @param method           what found it
 */
public record ClaimRow(String id, String articleId, String published, String outlet, String language, String title,
        String speakerEntity, String speakerLabel, String speakerText, Integer speakerStart, Integer speakerEnd,
        String cue, Integer contentStart, Integer contentEnd, String contentText, String kind, String certainty,
        String addresseeEntity, String addresseeText, String innerEntity, String innerText, Integer evidenceSentence,
        Integer evidenceStart, Integer evidenceEnd, String evidenceText, Double confidence, String method) {

    private static final String SELECT = """
            SELECT c.*, a.published, a.outlet, a.language, a.title
            FROM claims c JOIN articles a ON a.id = c.article_id WHERE %s""";

    static String select(String where) {
        return SELECT.formatted(where);
    }

    static ClaimRow read(ResultSet rs, Names names) throws SQLException {
        String speaker = rs.getString("speaker_entity");
        return new ClaimRow(rs.getString("id"), rs.getString("article_id"), Rows.day(rs, "published"),
                rs.getString("outlet"), rs.getString("language"), rs.getString("title"), speaker,
                names.label(speaker), rs.getString("speaker_text"),
                Rows.intOrNull(rs, "speaker_start"), Rows.intOrNull(rs, "speaker_end"), rs.getString("cue"),
                Rows.intOrNull(rs, "content_start"), Rows.intOrNull(rs, "content_end"), rs.getString("content_text"),
                rs.getString("kind"), rs.getString("certainty"), rs.getString("addressee_entity"),
                rs.getString("addressee_text"), rs.getString("inner_entity"), rs.getString("inner_text"),
                Rows.intOrNull(rs, "evidence_sentence"), Rows.intOrNull(rs, "evidence_start"),
                Rows.intOrNull(rs, "evidence_end"), rs.getString("evidence_text"), Rows.doubleOrNull(rs, "confidence"),
                rs.getString("method"));
    }
}
