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
 * Pass "protest": needs the final set of drafts with their sources; adds the entry each draft is finally coded with: a
 * protest by a state (named directly, or a government, ministry, Kremlin) is an official complaint, ACCUSE 114
 * ({@link StateProtest}); every other draft keeps its lexicon entry.
 */
final class ProtestPass implements SentencePass {
    @Override
    public String name() {
        return "protest";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCES, Fact.CONJUNCTS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.CODED_TYPES);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Predicate coded = StateProtest.retype(cx.tree(), d.predicate(), d.roles().sourceHead(), d.roles().source());
            out.add(d.withStatement(d.statement().withCoded(coded)));
        }
        return out;
    }
}
