/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import org.newsgraph.model.Certainty;
import org.newsgraph.model.Language;

/** Hedge and speculation words of the author's own voice ("offenbar", "reportedly", "könnte"), for other stages. */
public final class Hedges {
    private final CueLexicon lexicon = CueLexicon.load();

    /** The certainty a word expresses (hedged or speculated), or {@code null} when it is no hedge. */
    public Certainty of(Language language, String word) {
        return lexicon.hedge(language, word.toLowerCase(language.locale()));
    }
}
