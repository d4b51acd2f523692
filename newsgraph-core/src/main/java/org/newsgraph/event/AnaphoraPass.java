/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.PloverType;

/**
 * Pass "anaphora": needs the source and target actors; gives a draft still without a target one from the article's
 * earlier events ({@link EventAnaphora}): an accusation or rejection whose object is an event is aimed at whoever did
 * it ({@code event-doer}), a definite event noun names the latest event of its type by the same source again
 * ({@code earlier-event}), a retaliation is aimed at the latest attacker of its source ({@code attacker}).
 */
final class AnaphoraPass implements SentencePass {
    private final Actors actors;

    AnaphoraPass(Actors actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "anaphora";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCES, Fact.TARGETS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.CONTEXT_TARGETS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(d.roles().settled() || d.roles().target() != null ? d : target(cx, d));
        }
        return out;
    }

    private Draft target(EventContext cx, Draft d) {
        Predicate pred = d.predicate();
        ActorRefs.Ref source = d.roles().source();
        ActorRefs.Ref target = null;
        String rule = null;
        if (pred.type() == PloverType.ACCUSE || pred.type() == PloverType.REJECT) {
            target = EventAnaphora.doerOfObject(cx, d.token(), source, r -> actors.actorOf(cx, r));
            rule = "event-doer";
        }
        if (target == null) {
            target = EventAnaphora.earlierTarget(cx, d.token(), pred, source);
            rule = "earlier-event";
        }
        if (target == null) {
            target = EventAnaphora.attacker(cx, pred, source);
            rule = "attacker";
        }
        return target == null ? d : d.withRoles(d.roles().withTarget(target)).rule("target", rule);
    }
}
