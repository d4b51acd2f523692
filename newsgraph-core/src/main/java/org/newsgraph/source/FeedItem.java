/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, as far as the feed tells.
 *
 * @param key       a stable identity within the feed: the guid / Atom id, else the link
 * @param link      the article's URL (the publisher's original link when the feed names one)
 * @param title     the item title, or {@code null}
 * @param published the item's publication (else update) time, or {@code null}
 * @param authors   author names as given
 * @param summary   the description or summary as plain text, or {@code null}
 */
public record FeedItem(String key, String link, String title, Instant published, List<String> authors,
        String summary) {
    public FeedItem {
        authors = List.copyOf(authors);
    }
}
