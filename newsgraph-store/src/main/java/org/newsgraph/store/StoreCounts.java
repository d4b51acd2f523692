/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

/** Row counts of a store: articles, mentions, actors, event reports, claims, event clusters, syndication groups. */
public record StoreCounts(long articles, long mentions, long actors, long events, long claims, long clusters,
        long syndicatedGroups) {
    @Override
    public String toString() {
        return "articles=" + articles + " mentions=" + mentions + " actors=" + actors + " events=" + events
                + " claims=" + claims + " clusters=" + clusters + " syndicated_groups=" + syndicatedGroups;
    }
}
