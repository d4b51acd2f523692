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
 * Pass "reciprocal": needs the drafts of groups with their places; a party of a group whose act has no target of its
 * own and is reciprocal ("the two countries had exchanged strikes", "beschuldigten sich gegenseitig") acts against each
 * other party: one draft per other party ({@code target=reciprocal}).
 */
final class ReciprocalPass implements SentencePass {
    @Override
    public String name() {
        return "reciprocal";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.GROUPS, Fact.PLACES);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.RECIPROCAL_TARGETS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft.Roles r = d.roles();
            if (d.heads().group().isEmpty() || r.target() != null || !Groups.reciprocal(cx.tree(), d.token())) {
                out.add(d);
                continue;
            }
            for (ActorRefs.Ref other : d.heads().group()) {
                if (!other.entity().equals(r.mention().entity())) {
                    Draft.Roles roles = new Draft.Roles(r.mention(), r.source(), Draft.NONE, other, null, r.location(),
                            false, List.of(), false);
                    out.add(d.withRoles(roles).rule("target", "reciprocal"));
                }
            }
        }
        return out;
    }
}
