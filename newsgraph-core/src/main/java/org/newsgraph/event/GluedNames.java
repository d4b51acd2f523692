/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * A repair for two German names the parser glued into one phrase ("soll Nordkorea Russland … geliefert haben",
 * "hatte Kristersson Ministerpräsident Viktor Orbán … besucht"): word order says the first is the source and the
 * second the target.
 */
final class GluedNames {
    private GluedNames() {}

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
            if (!Syntax.objectLike(t, o) || !"PROPN".equals(s.tokens().get(o).pos())) {
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
