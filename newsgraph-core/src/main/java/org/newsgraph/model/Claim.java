/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.List;

/**
 * A statement attributed to a speaker: who says what, through which cue, and how sure.
 *
 * @param id           id within the article ("c1")
 * @param speaker      the speaker (linked where possible), or {@code null} when the text names none ("offenbar")
 * @param cue          the cue words ("sagte", "laut", "hält es für möglich"), or {@code null}
 * @param cueSpans     where the cue words are (a cue may be discontinuous: "teilte … mit")
 * @param content      the claimed content, from its first to its last character
 * @param contentParts the content's parts when it is interrupted by its frame ("…", sagte er, "…"); else one part
 * @param kind         direct, indirect or reported
 * @param certainty    how sure the statement is
 * @param confirmation true when the cue confirms ("bestätigte", "confirmed")
 * @param addressee    the addressee or channel ("der Zeitung «Wedomosti»", "auf Telegram"), or {@code null}
 * @param inner        a source the speaker cites in turn ("Geheimdienstinformationen", "The Daily Telegraph, citing
 *                     local paramilitary groups"), or {@code null}
 * @param speaksFor    the one the speaker speaks for when that is another actor ("Merkel's spokesperson, Steffen
 *                     Seibert" speaks for Merkel), or {@code null}
 * @param evidence     the sentence(s) it came from
 * @param confidence   0..1
 * @param method       what produced it
 */
public record Claim(
        String id,
        Argument speaker,
        String cue,
        List<Span> cueSpans,
        Span content,
        List<Span> contentParts,
        ClaimKind kind,
        Certainty certainty,
        boolean confirmation,
        Argument addressee,
        Argument inner,
        Argument speaksFor,
        Evidence evidence,
        double confidence,
        String method) {

    public Claim {
        cueSpans = List.copyOf(cueSpans);
        contentParts = List.copyOf(contentParts);
    }

    /** A claim whose speaker speaks for nobody else. */
    public Claim(String id, Argument speaker, String cue, List<Span> cueSpans, Span content, List<Span> contentParts,
            ClaimKind kind, Certainty certainty, boolean confirmation, Argument addressee, Argument inner,
            Evidence evidence, double confidence, String method) {
        this(id, speaker, cue, cueSpans, content, contentParts, kind, certainty, confirmation, addressee, inner, null,
                evidence, confidence, method);
    }

    /** A copy with another id. */
    public Claim withId(String newId) {
        return new Claim(newId, speaker, cue, cueSpans, content, contentParts, kind, certainty, confirmation,
                addressee, inner, speaksFor, evidence, confidence, method);
    }

    /** A copy with another speaker. */
    public Claim withSpeaker(Argument newSpeaker) {
        return new Claim(id, newSpeaker, cue, cueSpans, content, contentParts, kind, certainty, confirmation,
                addressee, inner, speaksFor, evidence, confidence, method);
    }
}
