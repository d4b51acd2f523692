/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.List;
import org.newsgraph.model.ClaimKind;

/**
 * A claim under construction, in character offsets of the article text.
 *
 * @param sentence  the sentence of the frame (or of the content when there is no frame)
 * @param lastSentence the last sentence the claim touches
 * @param cue       the cue occurrence, or {@code null}
 * @param speaker   [start, end) of the speaker, or {@code null}
 * @param addressee [start, end) of the addressee, or {@code null}
 * @param content   the content's parts as [start, end)
 * @param kind      direct, indirect or reported
 * @param method    what produced it
 * @param inner     [start, end) of a source the speaker cites in turn ("Geheimdienstinformationen"), or {@code null}
 */
public record Draft(int sentence, int lastSentence, CueOccurrence cue, int[] speaker, int[] addressee, List<int[]> content,
        ClaimKind kind, String method, int[] inner) {

    public Draft(int sentence, int lastSentence, CueOccurrence cue, int[] speaker, int[] addressee, List<int[]> content,
            ClaimKind kind, String method) {
        this(sentence, lastSentence, cue, speaker, addressee, content, kind, method, null);
    }

    public Draft withMethod(String m) {
        return new Draft(sentence, lastSentence, cue, speaker, addressee, content, kind, m, inner);
    }

    public Draft withInner(int[] source) {
        return new Draft(sentence, lastSentence, cue, speaker, addressee, content, kind, method, source);
    }

    /** The method prefix of a bare speech act: a sentence that reports a verb of saying without content. */
    public static final String SPEECH_ACT = "rule:speech-act";

    public int start() {
        return content.get(0)[0];
    }

    /** True for a bare speech act, which gives way to any framed claim it overlaps. */
    public boolean isSpeechAct() {
        return method.startsWith(SPEECH_ACT);
    }

    /** True when a part of this claim's content overlaps a part of the other's. */
    public boolean overlaps(Draft other) {
        for (int[] x : content) {
            for (int[] y : other.content) {
                if (x[0] < y[1] && y[0] < x[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    public int end() {
        return content.get(content.size() - 1)[1];
    }
}
