/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.DependencyTree;

/**
 * Which nominal predicates state an event of their own. A nominalisation that is an argument of a coded verb is that
 * verb's event ("verhängte Sanktionen", "weist den Vorwurf zurück", "condemned the strikes"), unless it is the goal of a
 * journey ("reist zu dem Treffen"); one in a phrase of time or cause is background ("nach den Gesprächen", "seit dem
 * Krieg", "after the killing of …").
 */
final class NominalFilter {
    private static final Set<String> BACKGROUND = Set.of("nach", "seit", "vor", "wegen", "trotz", "after", "since",
            "before", "following", "despite", "amid", "until", "bis");
    private static final Set<String> GOAL = Set.of("zu", "zum", "zur", "to", "for");
    /** Arriving for a visit is the visit: "der am Sonntag zu einem Besuch in China eintraf". */
    static final Set<String> ARRIVAL = Set.of("eintreffen", "ankommen", "landen", "arrive", "land", "come");

    private NominalFilter() {}

    /**
     * True when the nominal predicate at {@code p} states no event of its own; {@code coded} holds the tokens of verbal
     * predicates that gave an event in this sentence.
     */
    static boolean skip(DependencyTree t, int p, Predicate pred, Map<Integer, Predicate> preds, Set<Integer> coded) {
        if (!pred.noun()) {
            return false;
        }
        int phrase = ArgumentFinder.phraseHead(t, p);
        int h = t.head(phrase);
        if (h >= 0 && coded.contains(h) && argumentOf(t, phrase)) {
            Predicate verb = preds.get(h);
            String cs = ArgumentFinder.caseOf(t, phrase);
            boolean goal = cs != null && GOAL.contains(cs) && verb.location()
                    && !ARRIVAL.contains(t.sentence().tokens().get(h).lemma());
            if (!goal) {
                return true;
            }
        }
        for (int x = phrase; x >= 0; x = t.head(x)) {
            String cs = ArgumentFinder.caseOf(t, x);
            if (cs != null && BACKGROUND.contains(cs)) {
                return true;
            }
            if (ArgumentFinder.isVerb(t, x)) {
                break;
            }
        }
        return false;
    }

    /** The noun is what its verb acts on: object, passive subject, or a "gegen"/"against"/goal phrase. */
    private static boolean argumentOf(DependencyTree t, int phrase) {
        String rel = t.relation(phrase);
        if (rel.equals("obj") || rel.equals("dobj") || t.is(phrase, "iobj") || t.is(phrase, "nsubj:pass")) {
            return true;
        }
        String cs = ArgumentFinder.caseOf(t, phrase);
        return cs != null && (cs.equals("gegen") || cs.equals("against") || GOAL.contains(cs));
    }
}
