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
import org.newsgraph.model.Language;

/**
 * Pass "sources": needs the predicate drafts; adds each draft's candidate source heads, best first
 * ({@link SourceHeads}: subject, passive agent, controller, a noun's possessor or compound part …). Two repairs for German parses put an
 * object first: in a verb-final clause an object before the subject ({@code object-first}, {@link SubjectOrder}), and
 * an actor labelled object that opens the sentence before an inanimate subject ({@code actor-object}).
 */
final class SourcesPass implements SentencePass {
    private final Actors actors;

    SourcesPass(Actors actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.PREDICATES);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.SOURCE_HEADS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(d.withHeads(new Draft.Heads(heads(cx, d), List.of(), null, List.of())));
        }
        return out;
    }

    private List<Draft.Head> heads(EventContext cx, Draft d) {
        Predicate pred = d.predicate();
        int p = d.token();
        List<Draft.Head> heads = new ArrayList<>(SourceHeads.of(cx.tree(), p, pred));
        if (pred.guests()) {
            return heads; // the guests pass reads the phrases that name them as they are
        }
        int object = SubjectOrder.objectFirst(cx.tree(), p);
        if (object >= 0) {
            heads.add(0, new Draft.Head(object, "object-first"));
        }
        if (cx.text().language() == Language.GERMAN && !pred.noun()) {
            int actor = SubjectOrder.actorObject(cx.tree(), p, h -> actors.actorAt(cx, h) != null);
            if (actor >= 0) {
                heads.add(0, new Draft.Head(actor, "actor-object"));
            }
        }
        return heads;
    }
}
