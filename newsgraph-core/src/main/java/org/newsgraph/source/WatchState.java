/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.util.List;

/**
 * Everything a watcher needs to resume: each feed's state, the canonical URLs and content hashes already handed on,
 * and the pages found but not yet fetched.
 */
public record WatchState(List<FeedState.Snapshot> feeds, List<String> seenUrls, List<String> seenHashes,
        List<PageRequest> pending) {
    public static final WatchState EMPTY = new WatchState(List.of(), List.of(), List.of(), List.of());

    public WatchState {
        feeds = List.copyOf(feeds);
        seenUrls = List.copyOf(seenUrls);
        seenHashes = List.copyOf(seenHashes);
        pending = List.copyOf(pending);
    }
}
