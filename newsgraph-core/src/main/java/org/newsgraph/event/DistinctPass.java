/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Event;

/**
 * Pass "distinct": needs the final actors of the events; keeps one event per type, source and target in a sentence,
 * the first in text order ("Kim traf Putin … und sprach mit Putin" is one meeting).
 */
final class DistinctPass implements SentencePass {
    @Override
    public String name() {
        return "distinct";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.PARTICIPANTS, Fact.NOMINALS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.DISTINCT);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        Set<String> seen = new HashSet<>();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Event e = d.event();
            String target = e.target() == null ? "" : e.target().entity();
            if (seen.add(e.type() + "|" + e.source().entity() + "|" + target)) {
                out.add(d);
            }
        }
        return out;
    }
}
