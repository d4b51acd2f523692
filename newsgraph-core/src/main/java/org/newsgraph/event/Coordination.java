/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Coordinated arguments: conjuncts of a target or source phrase ("Luhansk und Donezk", "Moskau und Pjöngjang"),
 * elliptical conjuncts that share the predicate ("nicht nur die Krim anerkannt hat, sondern auch … Luhansk"), and two
 * German names the parser glued into one phrase ("soll Nordkorea Russland … geliefert haben").
 */
final class Coordination {
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
            String w = t.sentence().tokens().get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("sondern") || w.equals("auch") || w.equals("also")) {
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

    /**
     * German "soll Nordkorea Russland … geliefert haben": the parser made the first of two adjacent names a modifier
     * of the second. Word order says the first is the subject and the second the next argument: returns {first,
     * second} when the first source head is such a pair of two different actors, else null.
     */
    static int[] adjacentNames(EventContext cx, List<Integer> sourceHeads) {
        if (cx.text().language() != Language.GERMAN || sourceHeads.isEmpty() || sourceHeads.get(0) < 0) {
            return null;
        }
        DependencyTree t = cx.tree();
        int h = sourceHeads.get(0);
        Sentence s = t.sentence();
        for (int c : t.children(h)) {
            boolean modifier = t.is(c, "amod") || t.is(c, "compound") || t.is(c, "flat") || t.is(c, "nmod");
            if (c != h - 1 || !modifier || !"PROPN".equals(s.tokens().get(c).pos())
                    || !"PROPN".equals(s.tokens().get(h).pos())) {
                continue;
            }
            ActorRefs.Ref a = nameAt(cx, s.tokens().get(c));
            ActorRefs.Ref b = nameAt(cx, s.tokens().get(h));
            if (a != null && b != null && !a.entity().equals(b.entity())) {
                return new int[] {c, h};
            }
        }
        return null;
    }

    /**
     * "Wenige Tage zuvor hatte Kristersson Ministerpräsident Viktor Orbán in Budapest besucht", parsed as one object
     * phrase and no subject: a German verb without a subject whose object phrase opens with one person's name and goes
     * on to another's has the first as subject and the second as object ({source head, target head}, or null).
     */
    static int[] gluedObject(EventContext cx, int p, List<Integer> sourceHeads) {
        DependencyTree t = cx.tree();
        if (cx.text().language() != Language.GERMAN || !sourceHeads.isEmpty()) {
            return null;
        }
        Sentence s = t.sentence();
        for (int o : t.children(p)) {
            if (!ArgumentFinder.objectLike(t, o) || !"PROPN".equals(s.tokens().get(o).pos())) {
                continue;
            }
            ActorRefs.Ref first = person(cx, s.tokens().get(o));
            int[] span = t.span(o);
            for (int k = o + 1; first != null && k <= span[1]; k++) {
                ActorRefs.Ref other = person(cx, s.tokens().get(k));
                if (other != null && !other.entity().equals(first.entity()) && t.head(k) == o) {
                    return new int[] {o, k};
                }
            }
        }
        return null;
    }

    private static ActorRefs.Ref person(EventContext cx, Token tok) {
        for (ActorRefs.Ref r : cx.refs().within(0, Integer.MAX_VALUE)) {
            if (r.type() == EntityType.PERSON && !r.derived() && r.start() <= tok.start() && tok.end() <= r.end()) {
                return r;
            }
        }
        return null;
    }

    private static ActorRefs.Ref nameAt(EventContext cx, Token tok) {
        for (ActorRefs.Ref r : cx.refs().within(tok.start(), tok.end())) {
            if (!r.derived() && r.start() == tok.start() && r.end() == tok.end()) {
                return r;
            }
        }
        return null;
    }
}
