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
import org.newsgraph.model.PloverType;

/**
 * Pass "place": needs the source and target actors, including those from context; adds the event's place: a named
 * place that was the target ({@code place=target}), else one in the predicate's phrases ({@code place=phrase}); a
 * visit or other entry of place ({@code loc}) without either takes the place of the sentence before
 * ({@code place=previous-sentence}) and, still without a target, is aimed at the place's country
 * ({@code target=place-country}). A country is a target, never a place; a visit to one's own country is no dyad.
 */
final class PlacePass implements SentencePass {
    private final Actors actors;

    PlacePass(Actors actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "place";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCES, Fact.TARGETS, Fact.CONTEXT_TARGETS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.PLACES);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(d.roles().settled() ? d : place(cx, d));
        }
        return out;
    }

    private Draft place(EventContext cx, Draft d) {
        Predicate pred = d.predicate();
        Draft.Roles r = d.roles();
        ActorRefs.Ref target = r.target();
        ActorRefs.Ref location;
        String rule;
        if (r.placeTarget() != null && r.placeTarget().type() == EntityType.LOCATION) {
            location = r.placeTarget();
            rule = "target";
        } else {
            location = actors.place(cx, d.token(), pred, r.mention());
            rule = "phrase";
        }
        if (target == null && pred.location() && location == null && !pred.free()) {
            location = Setting.previous(cx, actors::country); // "Zum Jubiläum … in Pyongyang. … Gäste …"
            rule = "previous-sentence";
        }
        if (target == null && pred.location() && location != null) {
            target = actors.countryOf(location); // "protest in Beijing", "exercises in Alaska": the place's country
            d = target == null ? d : d.rule("target", "place-country");
        }
        if (location != null && location.type() == EntityType.COUNTRY) {
            location = null; // "hit factories in Iran": the country is the target; a location is a place within it
        }
        // "Putin reiste nach Russland zurück": a visit to one's own country is no dyad (conflicts within one are)
        boolean visit = pred.location() || pred.type() == PloverType.CONSULT;
        if (target != null && visit && actors.sameCountry(r.source(), target)
                && !Actors.twoAgentsOfOneCountry(r.source(), target)) {
            target = null;
            d = d.unrule("target");
        }
        Draft placed = d.withRoles(r.withTarget(target).withLocation(location).withJoint(r.joint() && target != null));
        return location == null ? placed : placed.rule("place", rule);
    }
}
