/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * A statement attributed to a speaker: who says what, through which cue, and how sure.
 *
 * @param id         id within the article ("c1")
 * @param speaker    the speaker (linked where possible)
 * @param cue        the cue words ("sagte", "laut", "hält es für möglich")
 * @param content    the content span
 * @param kind       direct, indirect or reported
 * @param certainty  how sure the statement is
 * @param addressee  the addressee or channel ("der Zeitung «Wedomosti»", "auf Telegram"), or {@code null}
 * @param inner      a source the speaker cites in turn, or {@code null}
 * @param evidence   the sentence(s) it came from
 * @param confidence 0..1
 * @param method     what produced it
 */
public record Claim(
        String id,
        Argument speaker,
        String cue,
        Span content,
        ClaimKind kind,
        Certainty certainty,
        Argument addressee,
        Argument inner,
        Evidence evidence,
        double confidence,
        String method) {}
