/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.RawDocument;

/**
 * What each kind of fetched resource turns into: a feed into page jobs and health, a sitemap into page jobs (or child
 * sitemaps), a page into a document for the sink, and a URL of unknown kind into whichever its content is.
 */
final class Handlers {
    private final CrawlSession session;
    private final Clock clock;
    private final FeedParser feeds = new FeedParser();
    private final SitemapReader sitemaps = new SitemapReader();
    private final Set<String> sitemapsSeen = ConcurrentHashMap.newKeySet();

    Handlers(CrawlSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    CrawlSession.Handler feed(FeedState f) {
        return new CrawlSession.Handler() {
            @Override
            public void received(FetchResult r) {
                try {
                    handFeed(f, feeds.parse(r.url().toString(), r.body()), r.validators());
                } catch (BadInputException e) {
                    failed(e.getMessage());
                }
            }

            @Override
            public void notModified(FetchResult r) {
                f.notModified(clock.instant());
            }

            @Override
            public void failed(String message) {
                f.failure(clock.instant(), message);
                session.stats.fail(message);
            }
        };
    }

    /** Queues the feed's new items and records the poll; also used for feed files. */
    void handFeed(FeedState f, ParsedFeed parsed, Validators validators) {
        Instant now = clock.instant();
        String outlet = parsed.title() != null ? parsed.title() : f.outlet();
        List<Instant> newTimes = new ArrayList<>();
        for (FeedItem item : parsed.items()) {
            if (!f.hasSeen(item.key())) {
                // queued before marked seen: a checkpoint in between saves the page as pending, never loses it
                session.fetchPage(PageRequest.fromFeed(item, f.url(), outlet));
                f.markSeen(item.key());
                newTimes.add(item.published() != null ? item.published() : now);
            }
        }
        f.success(now, validators, parsed.title(), newTimes);
    }

    CrawlSession.Handler sitemap(String url, int depth) {
        sitemapsSeen.add(url);
        return new CrawlSession.Handler() {
            @Override
            public void received(FetchResult r) {
                try {
                    handSitemap(sitemaps.parse(r.url().toString(), r.body(), r.contentType()), depth);
                } catch (BadInputException e) {
                    failed(e.getMessage());
                }
            }

            @Override
            public void failed(String message) {
                session.stats.fail(message);
            }
        };
    }

    /** Queues a sitemap's pages, or its child sitemaps while {@code depth} allows; also used for sitemap files. */
    void handSitemap(SitemapReader.Sitemap map, int depth) {
        for (String child : map.sitemaps()) {
            if (depth > 0 && sitemapsSeen.add(child)) {
                session.fetchSitemap(child, depth - 1);
            }
        }
        for (SitemapReader.Entry e : map.pages()) {
            session.fetchPage(PageRequest.fromSitemap(e));
        }
    }

    CrawlSession.Handler page(PageRequest p, Runnable done) {
        String listed = UrlCanonicalizer.canonicalOrSelf(p.url());
        return new CrawlSession.Handler() {
            @Override
            public boolean obsolete() {
                if (!session.documents.seenUrl(listed)) {
                    return false;
                }
                session.stats.duplicates.increment();
                done.run();
                return true;
            }

            @Override
            public void received(FetchResult r) {
                try {
                    if (!r.isHtml() && !looksLikeHtml(r.body())) {
                        session.stats.skip("not an HTML page");
                        return;
                    }
                    String canonical = UrlCanonicalizer.canonicalOrSelf(r.url().toString());
                    RawDocument doc = new RawDocument(r.url().toString(), r.body(), canonical, r.contentType(),
                            r.fetched(), r.headers(), p.origin());
                    session.documents.offer(doc, p.hints(canonical), listed);
                } finally {
                    done.run();
                }
            }

            @Override
            public void failed(String message) {
                session.stats.fail(message);
                done.run();
            }
        };
    }

    CrawlSession.Handler anyUrl(String url) {
        return new CrawlSession.Handler() {
            @Override
            public void received(FetchResult r) {
                // the content decides, not the declared type: feeds are often served as text/html
                byte[] b = r.body();
                if (FeedParser.looksLikeFeed(b)) {
                    feed(new FeedState(new FeedRef(url, null), session.settings().seenPerFeed())).received(r);
                } else if (SitemapReader.looksLikeSitemap(b) || url.endsWith(".xml.gz")) {
                    sitemap(url, 3).received(r);
                } else if (FeedList.isOpml(b)) {
                    opml(url, b);
                } else if (r.isHtml() || looksLikeHtml(b)) {
                    page(PageRequest.plain(url), () -> { }).received(r);
                } else {
                    failed(url + ": unsupported content (" + r.contentType()
                            + "); expected a web page, a feed, a sitemap or an OPML list");
                }
            }

            @Override
            public void failed(String message) {
                session.stats.fail(message);
            }
        };
    }

    private void opml(String url, byte[] bytes) {
        try {
            for (FeedRef ref : FeedList.parse(url, bytes)) {
                session.pollFeed(new FeedState(ref, session.settings().seenPerFeed()));
            }
        } catch (BadInputException e) {
            session.stats.fail(e.getMessage());
        }
    }

    /** True when the first kilobyte looks like an HTML document. */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body");
    }
}
