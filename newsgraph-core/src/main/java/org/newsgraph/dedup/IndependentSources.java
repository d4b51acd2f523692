/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts independent sources among reports: reports are joined when their articles come from the same outlet or are
 * copies of one text (same syndication group), and every joined group counts once. Four reports from four outlets,
 * one of which reprints another's wire text verbatim, are three independent sources.
 */
public final class IndependentSources {
    /** One article behind a report: its id, outlet ({@code null} when unknown) and syndication group. */
    public record Source(String articleId, String outlet, String syndicationGroup) {}

    private IndependentSources() {}

    public static int count(List<Source> sources) {
        UnionFind uf = new UnionFind(sources.size());
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            List<String> keys = new ArrayList<>(3);
            keys.add("article:" + s.articleId());
            if (s.outlet() != null) {
                keys.add("outlet:" + s.outlet().strip().toLowerCase(Locale.ROOT));
            }
            if (s.syndicationGroup() != null) {
                keys.add("text:" + s.syndicationGroup());
            }
            for (String k : keys) {
                Integer first = firstByKey.putIfAbsent(k, i);
                if (first != null) {
                    uf.union(first, i);
                }
            }
        }
        int groups = 0;
        for (int i = 0; i < sources.size(); i++) {
            if (uf.find(i) == i) {
                groups++;
            }
        }
        return groups;
    }
}
