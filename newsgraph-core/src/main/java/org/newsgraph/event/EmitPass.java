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
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "emit": needs the mood (and so everything before it); adds each draft's {@link Event}: type and label of the
 * coded entry, CAMEO code, actors, place, the time its date expression or, for what happened, the publication day
 * gives ({@link EventTimes#of}), certainty, attribution, the sentence as evidence and a confidence. Its method is the
 * entry's ({@link MethodPass#method}), marked {@code +also} when the verb says the act comes in addition ("auch",
 * "zudem", "also"); the method pass adds the rules at the end.
 */
final class EmitPass implements SentencePass {
    private static final Set<String> ADDITIVE = Words.of("additive-adverbs");

    @Override
    public String name() {
        return "emit";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.MOODS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.EVENTS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        Sentence s = cx.tree().sentence();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft.Roles r = d.roles();
            Draft.Statement st = d.statement();
            boolean also = additive(cx.tree(), d.token());
            EventTime time = EventTimes.of(st.timex(), st.mood().modality(), cx.published());
            double confidence = 0.6 + (r.target() != null ? 0.1 : 0) + (r.source().derived() ? -0.1 : 0.1);
            Event e = new Event("e0", st.coded().type(), st.cameo(), st.coded().label(), ActorRefs.argument(r.source()),
                    ActorRefs.argument(r.target()), ActorRefs.argument(r.location()), time, st.mood().modality(),
                    st.certainty(), st.attribution(), new Evidence(s.index(), s.start(), s.end(),
                            cx.text().cover(s.start(), s.end())), Math.round(confidence * 100) / 100.0,
                    MethodPass.method(d.predicate(), "", also, r.joint()));
            out.add(d.withStatement(st.withAlso(also)).withEvent(e));
        }
        return out;
    }

    /** Whether a verb predicate is marked as coming in addition to what was told before ("Beijing will also …"). */
    private static boolean additive(DependencyTree t, int p) {
        if (!Syntax.isVerb(t, p)) {
            return false;
        }
        for (int c : t.children(p, "advmod")) {
            if (ADDITIVE.contains(t.sentence().tokens().get(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
