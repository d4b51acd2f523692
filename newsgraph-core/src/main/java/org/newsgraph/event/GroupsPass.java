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

/**
 * Pass "groups": needs the source and target heads; turns a draft whose subject is a counted plural of states ("the
 * three governments", "die beiden Länder") into one draft per party it stands for ({@link Groups}: a list of exactly
 * that many named together just before, or the two sides of the latest event between states), each with that party as
 * source ({@code source=group}). A head that names an actor before the plural keeps the draft as it is.
 */
final class GroupsPass implements SentencePass {
    private final Actors actors;

    GroupsPass(Actors actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "groups";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCE_HEADS, Fact.TARGET_HEADS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.GROUPS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            List<ActorRefs.Ref> group = d.roles().settled() ? List.of() : group(cx, d.heads().sources());
            if (group.isEmpty()) {
                out.add(d);
                continue;
            }
            Draft.Heads heads = new Draft.Heads(d.heads().sources(), d.heads().targets(), null, group);
            for (ActorRefs.Ref m : group) {
                Draft.Roles roles = new Draft.Roles(m, actors.actorOf(cx, m), Draft.NONE, null, null, null, false,
                        List.of(), false);
                out.add(d.withHeads(heads).withRoles(roles).rule("source", "group"));
            }
        }
        return out;
    }

    /** The parties a counted plural subject stands for, unless an actor comes first. */
    private List<ActorRefs.Ref> group(EventContext cx, List<Draft.Head> sourceHeads) {
        for (Draft.Head h : sourceHeads) {
            if (h.token() < 0) {
                continue;
            }
            List<ActorRefs.Ref> members = Groups.members(cx, h.token());
            if (!members.isEmpty()) {
                return members;
            }
            if (actors.actorAt(cx, h.token()) != null) {
                return List.of();
            }
        }
        return List.of();
    }
}
