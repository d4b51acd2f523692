/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.util.List;

/**
 * A parsed RSS or Atom feed.
 *
 * @param title the feed's title (used as the outlet name), or {@code null}
 * @param type  the format as Rome names it ({@code rss_2.0}, {@code atom_1.0}, …)
 * @param items the entries with a link, in feed order
 */
public record ParsedFeed(String title, String type, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
