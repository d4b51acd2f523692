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
 * Pass "precision": needs every rule that finds a target to have run; drops a draft without a target unless its
 * predicate stands alone ({@code free}: a denial, a withdrawal, an attack, a protest). The coder is precision-first: an
 * event needs whom it is done to.
 */
final class PrecisionPass implements SentencePass {
    @Override
    public String name() {
        return "precision";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.TARGETS, Fact.CONTEXT_TARGETS, Fact.PLACES, Fact.RECIPROCAL_TARGETS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.COMPLETE);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.roles().target() != null || d.predicate().free()) {
                out.add(d);
            }
        }
        return out;
    }
}
