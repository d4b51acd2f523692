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
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "participation": needs the events; who takes part in an act does it too, against the same target ("Die USA
 * würden sich an einem israelischen Gegenschlag nicht beteiligen", "Britain took part in the strikes"): the subject of
 * "beteiligen an", "teilnehmen an", "participate in", "join", "take part in" replaces a nominal act's own doer
 * ({@code source=participant}), unless it is the act's target.
 */
final class ParticipationPass implements SentencePass {
    private static final Set<String> VERBS = Words.of("participation-verbs");
    /** "take part": a verb and the word that must depend on it. */
    private static final Map<String, String> PHRASES = Words.pairs("participation-phrases");
    private final Actors actors;

    ParticipationPass(Actors actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "participation";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.EVENTS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.PARTICIPANTS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            ActorRefs.Ref participant = participant(cx, d);
            Event e = d.event();
            // no one takes part in an act against himself: the parse misled us, keep the act as told
            if (participant == null || e.target() != null && e.target().entity().equals(participant.entity())) {
                out.add(d);
            } else {
                Event moved = e.withSource(ActorRefs.argument(participant));
                out.add(d.withRoles(d.roles().withSource(participant)).withEvent(moved).rule("source", "participant"));
            }
        }
        return out;
    }

    /** The actor that is the subject of a verb of taking part a nominal predicate is governed by, or null. */
    private ActorRefs.Ref participant(EventContext cx, Draft d) {
        DependencyTree t = cx.tree();
        int verb = d.predicate().noun() ? Syntax.governingVerb(t, d.token()) : -1;
        if (verb < 0 || !takingPart(t, verb)) {
            return null;
        }
        for (int s : Syntax.subjects(t, verb)) {
            ActorRefs.Ref a = actors.actorAt(cx, s);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private static boolean takingPart(DependencyTree t, int verb) {
        String lemma = t.sentence().tokens().get(verb).lemma().toLowerCase(Locale.ROOT);
        if (VERBS.contains(lemma)) {
            return true;
        }
        String word = PHRASES.get(lemma);
        return word != null && t.children(verb).stream()
                .anyMatch(c -> word.equalsIgnoreCase(t.sentence().tokens().get(c).word()));
    }
}
