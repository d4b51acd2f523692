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
import java.util.function.UnaryOperator;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.DependencyTree;

/**
 * "Die USA würden sich an einem israelischen Gegenschlag nicht beteiligen", "Britain took part in the strikes": who
 * takes part in an act does it too, against the same target; the participant replaces the act's own doer as source.
 */
final class Participation {
    private static final Set<String> VERBS = Set.of("beteiligen", "teilnehmen", "participate", "join");

    private Participation() {}

    /** The events of a nominal predicate, re-sourced to the subject of a verb of taking part it is governed by. */
    static List<Event> bySubject(EventContext cx, int p, Predicate pred, List<Event> events,
            UnaryOperator<ActorRefs.Ref> actorOf) {
        DependencyTree t = cx.tree();
        int verb = pred.noun() ? ArgumentFinder.governingVerb(t, p) : -1;
        if (verb < 0 || !takingPart(t, verb)) {
            return events;
        }
        ActorRefs.Ref participant = null;
        for (int s : ArgumentFinder.subjects(t, verb)) {
            ActorRefs.Ref r = ArgumentResolver.resolve(t, s, cx.refs(), cx.text());
            participant = r == null ? null : actorOf.apply(r);
            if (participant != null) {
                break;
            }
        }
        if (participant == null) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.target() != null && e.target().entity().equals(participant.entity())) {
                out.add(e); // no one takes part in an act against himself: the parse misled us, keep the act as told
            } else {
                out.add(e.withSource(EventAssembler.argument(participant)));
            }
        }
        return out;
    }

    /** "beteiligen an", "teilnehmen an", "participate in", "join", "take part in". */
    private static boolean takingPart(DependencyTree t, int verb) {
        String lemma = t.sentence().tokens().get(verb).lemma().toLowerCase(Locale.ROOT);
        if (VERBS.contains(lemma)) {
            return true;
        }
        return "take".equals(lemma) && t.children(verb).stream()
                .anyMatch(c -> "part".equalsIgnoreCase(t.sentence().tokens().get(c).word()));
    }
}
