/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.PloverType;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "predicates": needs nothing but the sentence's lexicon entries ({@link EventContext#predicates()}, found by
 * {@link PredicateFinder}); adds a draft for each one that can state an event of its own. What a request asks for is
 * its content ("demanded that Ukraine withdraw", "faces pressure to help Iran"), and an event noun in a phrase of time
 * or cause is background ("nach den Gesprächen", "after the killing of …"): neither gets a draft.
 */
final class PredicatesPass implements SentencePass {
    private static final Set<String> BACKGROUND = Words.of("background-prepositions");

    @Override
    public String name() {
        return "predicates";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of();
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.PREDICATES);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        for (Map.Entry<Integer, Predicate> occ : cx.predicates().entrySet()) {
            int p = occ.getKey();
            Predicate pred = occ.getValue();
            if (!requestContent(cx.tree(), p, cx.predicates()) && !(pred.noun() && background(cx.tree(), p))) {
                out.add(Draft.of(p, pred));
            }
        }
        return out;
    }

    /**
     * "demanded that Ukraine withdraw", "faces pressure from Congress to help Iran": what a request asks for is its
     * content, not an event of its own.
     */
    private static boolean requestContent(DependencyTree t, int p, Map<Integer, Predicate> preds) {
        int h = t.head(p);
        if (h < 0 || !(t.is(p, "ccomp") || t.is(p, "xcomp"))) {
            return false;
        }
        Predicate governor = preds.get(h);
        if (governor != null && !governor.noun() && governor.type() == PloverType.REQUEST) {
            return true;
        }
        for (int o : t.children(h)) {
            Predicate noun = preds.get(o);
            if (Syntax.objectLike(t, o) && noun != null && noun.noun() && noun.type() == PloverType.REQUEST) {
                return true;
            }
        }
        return false;
    }

    /** "nach den Gesprächen", "seit dem Krieg", "after the killing of …": a noun in a phrase of time or cause. */
    private static boolean background(DependencyTree t, int p) {
        for (int x = Syntax.phraseHead(t, p); x >= 0; x = t.head(x)) {
            String cs = Syntax.caseOf(t, x);
            if (cs != null && BACKGROUND.contains(cs)) {
                return true;
            }
            if (Syntax.isVerb(t, x)) {
                break;
            }
        }
        return false;
    }
}
