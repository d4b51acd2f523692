/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Set;
import org.newsgraph.nlp.DependencyTree;

/**
 * The verb of saying a clause is reported by: the verb it is the complement of ("said he would meet Trump"), or a
 * verb of saying the parser hung on it ("…, as Israel announced it would free …").
 */
final class Speech {
    static final Set<String> VERBS = Words.of("speech-verbs");

    private Speech() {}

    /** The verb of saying that reports the clause of {@code p}, or -1. */
    static int verbOf(DependencyTree t, int p) {
        for (int x = p, up = 0; x >= 0 && t.head(x) >= 0 && up < 4; x = t.head(x), up++) {
            if (t.is(x, "ccomp") && VERBS.contains(t.sentence().tokens().get(t.head(x)).lemma())) {
                return t.head(x);
            }
            if (!t.is(x, "xcomp") && !t.is(x, "conj") && !t.is(x, "ccomp")) {
                break;
            }
        }
        for (int c : t.children(p)) {
            if ((t.is(c, "advcl") || t.is(c, "parataxis")) && VERBS.contains(t.sentence().tokens().get(c).lemma())) {
                return c;
            }
        }
        return -1;
    }
}
