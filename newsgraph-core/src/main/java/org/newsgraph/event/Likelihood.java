/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Language;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * "Analysten halten einen Gegenschlag für wahrscheinlich", "Experten halten es für möglich, dass …", "analysts
 * consider a strike likely": an act someone judges likely or possible has not happened; it is hypothetical.
 */
final class Likelihood {
    /** German judgements take "für" ("halten … für wahrscheinlich"), English ones a verb of judging. */
    private static final Set<String> GERMAN = Words.of(Language.GERMAN, "likely");
    private static final Set<String> ENGLISH = Words.of(Language.ENGLISH, "likely");
    private static final Set<String> JUDGE = Words.of("judging-verbs");

    private Likelihood() {}

    /** Whether the predicate, or a word it depends on (up to three levels up), is judged likely or possible. */
    static boolean judged(DependencyTree t, int p) {
        List<Token> toks = t.sentence().tokens();
        for (int x = p, up = 0; x >= 0 && up < 4; x = t.head(x), up++) {
            for (int c : t.children(x)) {
                String w = toks.get(c).word().toLowerCase(Locale.ROOT);
                boolean german = GERMAN.contains(w) && t.children(c).stream()
                        .anyMatch(k -> "für".equalsIgnoreCase(toks.get(k).word()));
                boolean english = ENGLISH.contains(w) && JUDGE.contains(toks.get(x).lemma().toLowerCase(Locale.ROOT));
                if (german || english) {
                    return true;
                }
            }
        }
        return false;
    }
}
