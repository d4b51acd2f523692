/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.DependencyTree;

/**
 * Coordinated arguments in the tree: conjuncts of a target or source phrase ("Luhansk und Donezk", "Moskau und
 * Pjöngjang") and elliptical conjuncts that share the predicate ("nicht nur die Krim anerkannt hat, sondern auch …
 * Luhansk").
 */
final class Coordination {
    private static final Set<String> CONTINUATION = Words.of("continuation-words");

    private Coordination() {}

    /**
     * Heads coordinated with the target phrase containing {@code tok}, each as {head, scope}: scope is the head of an
     * elliptical conjunct (its own date belongs to it), or -1.
     */
    static List<int[]> conjuncts(DependencyTree t, int tok, int p) {
        List<int[]> out = new ArrayList<>();
        if (tok < 0) {
            return out;
        }
        List<Integer> heads = chain(t, phrase(t, tok));
        for (int c : chain(t, tok)) {
            if (!heads.contains(c)) {
                heads.add(c); // "with the Ukrainian and Turkish delegations"
            }
        }
        for (int c : heads) {
            out.add(new int[] {c, -1});
        }
        for (int e : elliptical(t, p)) {
            out.add(new int[] {e, e});
            for (int c : deepConjuncts(t, e)) {
                out.add(new int[] {c, e});
            }
        }
        return out;
    }

    /**
     * Heads coordinated with a source head ("Moskau und Pjöngjang"), or with the modifier that named its actor ("US
     * and British activists").
     */
    static List<Integer> sourceConjuncts(DependencyTree t, int head, int mention) {
        List<Integer> out = chain(t, phrase(t, head));
        if (mention >= 0 && mention != head && t.dominates(head, mention)) {
            for (int c : chain(t, mention)) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static int phrase(DependencyTree t, int tok) {
        int h = tok;
        while (t.head(h) >= 0 && (t.is(h, "flat") || t.is(h, "amod") || t.is(h, "compound") || t.is(h, "det"))) {
            h = t.head(h);
        }
        return h;
    }

    private static List<Integer> chain(DependencyTree t, int h) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(h, "conj")) {
            out.add(c);
            out.addAll(chain(t, c));
        }
        return out;
    }

    /**
     * "…, das nicht nur die Krim anerkannt hat, sondern 2022 auch die Separatistenregionen …": a verbless nominal
     * conjunct after the predicate, attached to the predicate's clause or the noun the clause belongs to, is another
     * object of the same predicate.
     */
    private static List<Integer> elliptical(DependencyTree t, int p) {
        List<Integer> out = new ArrayList<>();
        int a = p;
        for (int up = 0; up < 3 && a >= 0; up++, a = t.head(a)) {
            for (int c : t.children(a, "conj")) {
                String pos = t.sentence().tokens().get(c).pos();
                boolean nominal = "NOUN".equals(pos) || "PROPN".equals(pos);
                if (c > p && nominal && !t.dominates(p, c) && hasSondernOrAuch(t, c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The conjunct is marked as continuing the predicate ("sondern … auch", "und auch", "as well as"). */
    private static boolean hasSondernOrAuch(DependencyTree t, int c) {
        for (int k : t.children(c)) {
            if (CONTINUATION.contains(t.sentence().tokens().get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> deepConjuncts(DependencyTree t, int head) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(head)) {
            if (t.is(c, "conj")) {
                out.add(c);
            }
            if (!t.is(c, "acl") && !t.is(c, "conj")) {
                out.addAll(deepConjuncts(t, c));
            }
        }
        return out;
    }
}
