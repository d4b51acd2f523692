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

/** Pass "number": needs the article's final events; numbers them "e1", "e2", … in text order. */
final class NumberPass implements ArticlePass {
    @Override
    public String name() {
        return "number";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.MERGED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.IDS);
    }

    @Override
    public List<Draft> apply(ArticleContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(d.withEvent(d.event().withId("e" + (out.size() + 1))));
        }
        return out;
    }
}
