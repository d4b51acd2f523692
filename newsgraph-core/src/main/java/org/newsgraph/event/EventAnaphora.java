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
import java.util.function.UnaryOperator;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.PloverType;
import org.newsgraph.nlp.DependencyTree;

/**
 * "Saudi Arabia condemned the strikes", "Scholz verurteilte den Angriff": an accusation or rejection whose object is an
 * event is aimed at whoever did it: the actor named in the event noun's own phrase ("the Israeli strikes"), else the
 * source of the latest earlier event of that type in the article.
 */
final class EventAnaphora {
    /** Articles that make an event noun name an event told before ("das Manöver", "the drills"). */
    private static final Set<String> ARTICLES = Words.of("anaphoric-articles");

    private EventAnaphora() {}

    static ActorRefs.Ref doerOfObject(EventContext cx, int p, ActorRefs.Ref source, UnaryOperator<ActorRefs.Ref> actorOf) {
        DependencyTree t = cx.tree();
        for (int o : t.children(p)) {
            boolean object = t.relation(o).equals("obj") || t.relation(o).equals("dobj");
            Predicate noun = cx.predicates().get(o);
            if (!object || noun == null || !noun.noun()) {
                continue;
            }
            for (int h : SourceHeads.tokens(t, o, noun)) {
                if (h < 0) {
                    break; // only the noun's own phrase: its verb is the accusation itself
                }
                ActorRefs.Ref r = ArgumentResolver.resolve(t, h, cx.refs(), cx.text());
                if (r != null) {
                    ActorRefs.Ref a = actorOf.apply(r);
                    return a.entity().equals(source.entity()) ? null : a;
                }
            }
            return latest(cx.earlier(), noun, t.sentence().tokens().get(o).lemma(), source);
        }
        return null;
    }

    /**
     * "hat Chinas Armee rund um Taiwan Militärübungen begonnen. … begann das Manöver am Donnerstagmorgen": a definite
     * event noun without a target of its own names again the latest earlier event of its type by the same source, and
     * takes its target.
     */
    static ActorRefs.Ref earlierTarget(EventContext cx, int p, Predicate pred, ActorRefs.Ref source) {
        DependencyTree t = cx.tree();
        boolean definite = false;
        for (int c : t.children(p, "det")) {
            definite |= ARTICLES.contains(t.sentence().tokens().get(c).word().toLowerCase(Locale.ROOT));
        }
        if (!pred.noun() || !definite) {
            return null;
        }
        int here = t.sentence().index();
        for (int k = cx.earlier().size() - 1; k >= 0; k--) {
            Event e = cx.earlier().get(k);
            if (e.evidence().sentence() >= here - 3 && e.type() == pred.type() && e.target() != null
                    && e.source().entity().equals(source.entity())) {
                return new ActorRefs.Ref(-1, -1, e.target().entity(), EntityType.OTHER, false, e.target().text());
            }
        }
        return null;
    }

    /**
     * "Analysten halten einen israelischen Gegenschlag für wahrscheinlich": a retaliation that names no target is
     * aimed at the source of the latest earlier attack on its source, anywhere before in the article.
     */
    static ActorRefs.Ref attacker(EventContext cx, Predicate pred, ActorRefs.Ref source) {
        if (!pred.answer()) {
            return null;
        }
        for (int k = cx.earlier().size() - 1; k >= 0; k--) {
            Event e = cx.earlier().get(k);
            if (e.type() == PloverType.ASSAULT && e.target() != null && e.target().entity().equals(source.entity())
                    && !e.source().entity().equals(source.entity())) {
                return new ActorRefs.Ref(-1, -1, e.source().entity(), EntityType.OTHER, false, e.source().text());
            }
        }
        return null;
    }

    /** The latest earlier event named by the same word ("den Angriff" after "der Angriff Irans"), else of the type. */
    private static ActorRefs.Ref latest(List<Event> earlier, Predicate noun, String lemma, ActorRefs.Ref source) {
        Event sameType = null;
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Event e = earlier.get(k);
            if (e.type() != noun.type() || e.source().entity().equals(source.entity())) {
                continue;
            }
            if (e.method().startsWith("lexicon:" + lemma + "/")) {
                return ref(e);
            }
            if (sameType == null) {
                sameType = e;
            }
        }
        return sameType == null ? null : ref(sameType);
    }

    private static ActorRefs.Ref ref(Event e) {
        return new ActorRefs.Ref(-1, -1, e.source().entity(), EntityType.OTHER, false, e.source().text());
    }
}
