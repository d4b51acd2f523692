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
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "guests": needs the source heads; turns the draft of a guest noun ("Zu den Gästen gehörten …", flag
 * {@code guests}) into one visit per person named in its clause, settled: the guest visits the country of the place
 * of the occasion, named in the sentence ({@code place=phrase}) or, failing that, in the one before
 * ({@code place=previous-sentence}); a guest from that country visits no one.
 */
final class GuestsPass implements SentencePass {
    private final Actors actors;

    GuestsPass(Actors actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "guests";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCE_HEADS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.GUESTS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.predicate().guests()) {
                out.addAll(visits(cx, d));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private List<Draft> visits(EventContext cx, Draft d) {
        DependencyTree tree = cx.tree();
        Sentence s = tree.sentence();
        List<Draft> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Draft.Head h : d.heads().sources()) {
            int[] span = tree.span(h.token());
            for (ActorRefs.Ref r : cx.refs().within(s.tokens().get(span[0]).start(), s.tokens().get(span[1]).end())) {
                if (r.type() != EntityType.PERSON || seen.contains(r.entity())) {
                    continue;
                }
                seen.add(r.entity());
                ActorRefs.Ref place = actors.place(cx, d.token(), d.predicate(), r);
                String rule = "phrase";
                if (place == null) {
                    place = Setting.previous(cx, actors::country);
                    rule = "previous-sentence";
                }
                ActorRefs.Ref host = place == null ? null : actors.countryOf(place);
                if (host != null && !host.entity().equals("country:" + actors.country(r.entity()))) {
                    Draft.Roles roles = new Draft.Roles(r, r, h.token(), host, null, place, false, List.of(), true);
                    out.add(d.withRoles(roles).rule("source", "guest").rule("target", "host").rule("place", rule));
                }
            }
        }
        return out;
    }
}
