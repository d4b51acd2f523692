/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.List;

/**
 * A cue found in a sentence: the entry, its head token, and all tokens of the cue (particle, auxiliaries, the
 * preposition of a noun cue).
 *
 * @param sentence sentence index
 * @param head     the cue's main token (the verb, the preposition, or "nach" of "nach Angaben")
 * @param cue      the lexicon entry
 * @param tokens   token indices of the cue words, ascending
 * @param noun     for noun cues, the index of the source noun ("Angaben"); else -1
 */
record CueOccurrence(int sentence, int head, Cue cue, List<Integer> tokens, int noun) {}
