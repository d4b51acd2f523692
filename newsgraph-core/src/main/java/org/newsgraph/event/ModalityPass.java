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
import org.newsgraph.model.Claim;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "modality": needs the date expression, the claim and the coded entry; adds each draft's mood
 * ({@link ModalityFinder}: occurred, planned, hypothetical or negated, and whether the source itself declares it, as
 * speaker of the claim or subject of the verb of saying) and the CAMEO code that follows ({@link Cameo}: a declared
 * plan is an intent, 03x or 13x, a declared refusal a rejection, 12x).
 */
final class ModalityPass implements SentencePass {
    @Override
    public String name() {
        return "modality";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.TIMEXES, Fact.CLAIMS, Fact.CODED_TYPES);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.MOODS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        DependencyTree tree = cx.tree();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Predicate pred = d.predicate();
            int p = d.token();
            Draft.Statement st = d.statement();
            Claim claim = st.claim();
            ActorRefs.Ref source = d.roles().source();
            int verb = Syntax.governingVerb(tree, p);
            int say = Speech.verbOf(tree, pred.noun() && verb >= 0 ? verb : p);
            boolean sourceSpeaks = claim != null && claim.speaker() != null
                    && source.entity().equals(claim.speaker().entity()) || saidBySource(cx, say, source);
            Mood mood = ModalityFinder.of(tree, p, pred, st.timex(), cx.published(), claim != null || say >= 0,
                    sourceSpeaks);
            String cameo = Cameo.code(st.coded().cameo(), st.coded().type(), mood);
            out.add(d.withStatement(st.withMood(mood, cameo)));
        }
        return out;
    }

    /** The verb of saying has the event's source as its subject ("Israel announced it would free …"). */
    private static boolean saidBySource(EventContext cx, int say, ActorRefs.Ref source) {
        if (say < 0) {
            return false;
        }
        for (int s : Syntax.subjects(cx.tree(), say)) {
            ActorRefs.Ref r = ArgumentResolver.resolve(cx.tree(), s, cx.refs(), cx.text());
            if (r != null && r.entity().equals(source.entity())) {
                return true;
            }
        }
        return false;
    }
}
