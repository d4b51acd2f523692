/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.List;
import java.util.TreeSet;

/**
 * A cue found in a sentence: the entry, its head token, and all tokens of the cue (particle, auxiliaries, the
 * preposition of a noun cue).
 *
 * @param sentence sentence index
 * @param head     the cue's main token (the verb, the preposition, or "nach" of "nach Angaben")
 * @param cue      the lexicon entry
 * @param tokens   token indices of the cue words, ascending
 * @param noun     for noun cues, the index of the source noun ("Angaben"); else -1
 * @param frame    words that belong to the expression but not to the verb's own frame: the reflexive, "wie", a
 *                 governed preposition ("bezeichnete … als"); shown as part of the cue, ignored when finding
 *                 speaker and content
 */
public record CueOccurrence(int sentence, int head, Cue cue, List<Integer> tokens, int noun, List<Integer> frame) {

    public CueOccurrence(int sentence, int head, Cue cue, List<Integer> tokens, int noun) {
        this(sentence, head, cue, tokens, noun, List.of());
    }

    /** The cue as a reader sees it: its words and the frame words around them, ascending. */
    public List<Integer> shown() {
        if (frame.isEmpty()) {
            return tokens;
        }
        TreeSet<Integer> all = new TreeSet<>(tokens);
        all.addAll(frame);
        return List.copyOf(all);
    }
}
