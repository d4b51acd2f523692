/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import org.newsgraph.model.Certainty;

/**
 * A lexicon entry: a cue lemma (a particle verb as "teilen mit"), its class and what it does to certainty.
 *
 * @param lemma     the lemma, with a separable particle after a space ("teilen mit")
 * @param kind      speech, thought, noun or prep
 * @param certainty reported, denied, speculated, hedged; a confirmation counts as reported
 * @param confirms  true for confirmation verbs ("bestätigen", "confirm")
 */
public record Cue(String lemma, Kind kind, Certainty certainty, boolean confirms) {
    /** How a cue introduces its content. */
    public enum Kind { SPEECH, THOUGHT, NOUN, PREP, ADVERB }

    /** The verb without its particle ("teilen"). */
    public String verb() {
        int sp = lemma.indexOf(' ');
        return sp < 0 ? lemma : lemma.substring(0, sp);
    }

    /** The separable particle ("mit"), or {@code null}. */
    public String particle() {
        int sp = lemma.indexOf(' ');
        return sp < 0 ? null : lemma.substring(sp + 1);
    }
}
