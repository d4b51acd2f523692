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
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;

/**
 * Pass "time": needs the final set of drafts; adds the date expression that dates each one ({@link EventTimes}): one
 * in the predicate's phrase nearest the target (or the coordinated target the draft was made for), an elliptical
 * conjunct's own date, else one of its clause, else that of the verb an infinitive of purpose belongs to.
 */
final class TimePass implements SentencePass {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.CONJUNCTS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.TIMEXES);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        Sentence s = cx.tree().sentence();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft.Statement st = d.statement();
            int anchor = st.anchor() >= 0 ? st.anchor() : targetToken(s, d.roles().target());
            Timex timex = EventTimes.timex(cx.tree(), d.token(), cx.timexes(), anchor, st.scope());
            out.add(d.withStatement(st.withTimex(timex)));
        }
        return out;
    }

    private static int targetToken(Sentence s, ActorRefs.Ref target) {
        return target == null || target.start() < 0 ? -1 : ArgumentResolver.tokenAt(s, target.start());
    }
}
