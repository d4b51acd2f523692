/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.NewsgraphException;

/**
 * The collecting engine under {@link Collector} and {@link Watcher}: fetch jobs on the polite host queues, each
 * checked by the address guard and robots.txt, retried with back-off when the failure is transient, redirects
 * followed hop by hop through the target host's queue. Feeds and sitemaps turn into page jobs; pages are deduplicated
 * by canonical URL and content hash and handed to the sink. Thread-safe.
 */
final class CrawlSession {
    /** What to do with the answer to a fetch job. */
    interface Handler {
        /** True when the job is no longer needed (a page seen meanwhile). */
        default boolean obsolete() {
            return false;
        }

        void received(FetchResult r);

        default void notModified(FetchResult r) {
            received(r);
        }

        void failed(String message);
    }

    final SourceStats stats = new SourceStats();
    final Documents documents;
    private final SourceSettings settings;
    private final HttpFetcher fetcher;
    private final AddressGuard guard;
    private final RobotsCache robots;
    private final HostQueues queues;
    private final Backoff backoff;
    private final Map<String, PageRequest> pending = new ConcurrentHashMap<>();
    private final Handlers handlers;

    CrawlSession(SourceSettings settings, DocumentSink sink, AddressGuard guard, Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.fetcher = new HttpFetcher(settings, clock);
        this.robots = new RobotsCache(settings, clock);
        this.queues = new HostQueues(settings.threads(), robots::delay);
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax(), settings.seed());
        this.documents = new Documents(sink, stats, settings.seenGlobal());
        this.handlers = new Handlers(this, clock);
    }

    /** Polls a feed: conditional GET with its validators; new items become page jobs. */
    void pollFeed(FeedState feed) {
        Handler h = handlers.feed(feed);
        try {
            submit(URI.create(feed.url().trim()), feed.validators(), h);
        } catch (IllegalArgumentException e) {
            h.failed(feed.url() + ": not a valid URL");
        }
    }

    /** Fetches a sitemap (or index, up to {@code depth} more levels) and queues its pages. */
    void fetchSitemap(String url, int depth) {
        submitParsed(url, handlers.sitemap(url, depth));
    }

    /** Fetches a URL of unknown kind: a page, a feed, a sitemap or an OPML list, told by its content. */
    void fetchUrl(String url) {
        submitParsed(url, handlers.anyUrl(url));
    }

    /** Queues a page unless the same canonical URL is already pending or collected. */
    void fetchPage(PageRequest p) {
        String canonical = UrlCanonicalizer.canonicalOrSelf(p.url());
        if (documents.seenUrl(canonical) || pending.putIfAbsent(canonical, p) != null) {
            stats.duplicates.increment();
            return;
        }
        Handler h = handlers.page(p, () -> pending.remove(canonical));
        try {
            submit(URI.create(p.url().trim().replace(" ", "%20")), Validators.NONE, h);
        } catch (IllegalArgumentException e) {
            h.failed(p.url() + ": not a valid URL");
        }
    }

    /** Reads a feed file: its items become page jobs. */
    void handleFeedFile(String name, byte[] bytes) throws BadInputException {
        ParsedFeed parsed = new FeedParser().parse(name, bytes);
        handlers.handFeed(new FeedState(new FeedRef(name, null), settings.seenPerFeed()), parsed, Validators.NONE);
    }

    /** Reads a sitemap file: its pages (or child sitemaps) become fetch jobs. */
    void handleSitemapFile(String name, byte[] bytes) throws BadInputException {
        handlers.handSitemap(new SitemapReader().parse(name, bytes, name.endsWith(".gz") ? "application/gzip" : null),
                3);
    }

    /** Pages queued or in flight (the watcher saves them on shutdown). */
    List<PageRequest> pending() {
        return new ArrayList<>(pending.values());
    }

    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return queues.awaitIdle(timeout);
    }

    void stop(Duration grace) throws InterruptedException {
        queues.stop(grace);
    }

    boolean stopping() {
        return queues.stopping();
    }

    private void submitParsed(String url, Handler h) {
        URI u;
        try {
            u = URI.create(url.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            h.failed(url + ": not a valid URL");
            return;
        }
        submit(u, Validators.NONE, h);
    }

    private void submit(URI url, Validators v, Handler h) {
        if (url.getHost() == null) {
            h.failed(url + ": not an absolute http(s) URL");
            return;
        }
        queues.submit(UrlCanonicalizer.hostKey(url), new FetchJob(url, 0, v, h));
    }

    /** One URL's fetch, with its retries and redirect hops. */
    private final class FetchJob implements HostQueues.Job {
        private final URI url;
        private final int hops;
        private final Validators validators;
        private final Handler handler;
        private int attempt;

        FetchJob(URI url, int hops, Validators validators, Handler handler) {
            this.url = url;
            this.hops = hops;
            this.validators = validators;
            this.handler = handler;
        }

        @Override
        public HostQueues.Outcome run() {
            if (handler.obsolete()) {
                return HostQueues.Outcome.SKIPPED;
            }
            String host = UrlCanonicalizer.hostKey(url);
            try {
                guard.check(url);
            } catch (NewsgraphException e) {
                handler.failed(e.getMessage());
                return HostQueues.Outcome.SKIPPED;
            }
            Optional<BaseRobotRules> rules = robots.rules(host);
            if (rules.isEmpty()) {
                stats.requests.add(robots.load(host, url, fetcher, guard));
                return HostQueues.Outcome.retryAfter(Duration.ZERO);
            }
            if (!rules.get().isAllowed(url.toString())) {
                handler.failed(url + ": disallowed by robots.txt"
                        + robots.failure(host).map(f -> " (" + f + ")").orElse(""));
                return HostQueues.Outcome.SKIPPED;
            }
            return fetch();
        }

        private HostQueues.Outcome fetch() {
            FetchResult r;
            stats.requests.increment();
            try {
                r = fetcher.fetch(url, validators);
            } catch (FetchException e) {
                if (e.isTransient() && attempt < settings.maxRetries()) {
                    return retry(Optional.empty());
                }
                handler.failed(e.getMessage());
                return HostQueues.Outcome.DONE;
            }
            stats.bytes.add(r.body().length);
            if (r.transientStatus()) {
                Optional<Duration> after = r.retryAfter();
                if (attempt < settings.maxRetries() && !backoff.tooLong(after)) {
                    return retry(after);
                }
                handler.failed(url + ": HTTP " + r.status() + after.map(a -> " (retry after "
                        + FeedHealth.human(a) + ")").orElse("") + " after " + (attempt + 1) + " attempts");
                return new HostQueues.Outcome(true, false, after.orElse(Duration.ZERO));
            }
            if (r.redirect()) {
                follow(r);
            } else if (r.notModified()) {
                stats.notModified.increment();
                handler.notModified(r);
            } else if (r.ok()) {
                handler.received(r);
            } else {
                handler.failed(url + ": HTTP " + r.status());
            }
            return HostQueues.Outcome.DONE;
        }

        private HostQueues.Outcome retry(Optional<Duration> retryAfter) {
            stats.retries.increment();
            Duration wait = backoff.delay(attempt, retryAfter);
            attempt++;
            return HostQueues.Outcome.retryAfter(wait);
        }

        private void follow(FetchResult r) {
            Optional<URI> target = r.location();
            if (target.isEmpty() || target.get().getHost() == null) {
                handler.failed(url + ": HTTP " + r.status() + " with an unusable Location header");
            } else if (hops >= settings.maxRedirects()) {
                handler.failed(url + ": more than " + settings.maxRedirects() + " redirects");
            } else {
                queues.submit(UrlCanonicalizer.hostKey(target.get()),
                        new FetchJob(target.get(), hops + 1, validators, handler));
            }
        }
    }

    SourceSettings settings() {
        return settings;
    }
}
