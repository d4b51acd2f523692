/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "nominal": needs the events; drops those of an event noun that is an argument of a predicate which gave an
 * event itself ("verhängte Sanktionen", "weist den Vorwurf zurück", "condemned the strikes": the verb's act), unless
 * it is the goal of a journey ("reist zu dem Treffen": journey and planned meeting). Verbs count wherever they stand,
 * nouns in text order: a noun counts once it has kept its own events.
 */
final class NominalPass implements SentencePass {
    private static final Set<String> GOAL = Words.of("goal-prepositions");
    private static final Set<String> AGAINST = Words.of("against");
    /** Arriving for a visit is the visit: "der am Sonntag zu einem Besuch in China eintraf". */
    private static final Set<String> ARRIVAL = Words.of("arrival-verbs");

    @Override
    public String name() {
        return "nominal";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.EVENTS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.NOMINALS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        Set<Integer> coded = new HashSet<>();
        Set<Integer> nouns = new TreeSet<>();
        for (Draft d : drafts) {
            (d.predicate().noun() ? nouns : coded).add(d.token());
        }
        Set<Integer> skipped = new HashSet<>();
        for (int p : nouns) {
            if (argumentOfCoded(cx.tree(), p, cx.predicates(), coded)) {
                skipped.add(p);
            } else {
                coded.add(p);
            }
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!skipped.contains(d.token())) {
                out.add(d);
            }
        }
        return out;
    }

    /** The noun's phrase is what a coded predicate acts on, and not the goal of a journey. */
    private static boolean argumentOfCoded(DependencyTree t, int p, Map<Integer, Predicate> preds, Set<Integer> coded) {
        int phrase = Syntax.phraseHead(t, p);
        int h = t.head(phrase);
        if (h < 0 || !coded.contains(h) || !argumentOf(t, phrase)) {
            return false;
        }
        String cs = Syntax.caseOf(t, phrase);
        boolean goal = cs != null && GOAL.contains(cs) && preds.get(h).location()
                && !ARRIVAL.contains(t.sentence().tokens().get(h).lemma());
        return !goal;
    }

    /** The noun is what its verb acts on: object, passive subject, or a "gegen"/"against"/goal phrase. */
    private static boolean argumentOf(DependencyTree t, int phrase) {
        String rel = t.relation(phrase);
        if (rel.equals("obj") || rel.equals("dobj") || t.is(phrase, "iobj") || t.is(phrase, "nsubj:pass")) {
            return true;
        }
        String cs = Syntax.caseOf(t, phrase);
        return cs != null && (AGAINST.contains(cs) || GOAL.contains(cs));
    }
}
