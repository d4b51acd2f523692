/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.newsgraph.pipeline.InputHints;

/**
 * A page to fetch and what its source (feed item, news sitemap) said about it. Persisted by the watcher while
 * pending, so a restart resumes it.
 *
 * @param url       the page URL as listed
 * @param origin    {@code feed} for feed items, {@code http} otherwise
 * @param feedUrl   the feed that listed it, or {@code null}
 * @param outlet    the outlet name from the feed title or news sitemap, or {@code null}
 * @param published the item's date from the feed or news sitemap, or {@code null}
 * @param authors   authors named by the feed
 * @param summary   the feed's summary, or {@code null}
 */
public record PageRequest(String url, String origin, String feedUrl, String outlet, Instant published,
        List<String> authors, String summary) {
    public PageRequest {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A page named directly (a URL argument or a sitemap entry without news data). */
    static PageRequest plain(String url) {
        return new PageRequest(url, "http", null, null, null, List.of(), null);
    }

    /** A page listed by a feed item. */
    static PageRequest fromFeed(FeedItem item, String feedUrl, String outlet) {
        return new PageRequest(item.link(), "feed", feedUrl, outlet, item.published(), item.authors(),
                item.summary());
    }

    /** A page listed by a sitemap, with its news data when present. */
    static PageRequest fromSitemap(SitemapReader.Entry e) {
        return new PageRequest(e.url(), "http", null, e.publication(), e.published(), List.of(), null);
    }

    /**
     * The hints handed on with the page: fallbacks marked {@code date_method=feed}; the day of an item's time is
     * taken in UTC, since Rome keeps no offset.
     */
    InputHints hints(String canonicalUrl) {
        return InputHints.fromFeed(canonicalUrl, outlet,
                published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate(), authors, summary);
    }
}
