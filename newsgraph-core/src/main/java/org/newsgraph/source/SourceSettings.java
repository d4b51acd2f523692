/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the source stage, with every default in one place ({@link #defaults()}). Immutable; change values with
 * {@link #toBuilder()}.
 *
 * @param version         the product version named in the User-Agent (the jar's version, else "dev")
 * @param contactUrl      a URL where site owners can reach the operator, named in the User-Agent; {@code null} for none
 * @param connectTimeout  time to open a connection (default 10 s)
 * @param requestTimeout  time for a whole request, headers and body (default 30 s)
 * @param maxRedirects    redirects followed from one URL (default 5)
 * @param maxBytes        largest response body accepted, before and after decompression (default 16 MiB)
 * @param hostDelay       least time between the end of one request and the start of the next to the same host
 *                        (default 1 s); a larger robots.txt crawl-delay wins
 * @param maxCrawlDelay   the largest robots.txt crawl-delay honoured (default 60 s); larger values are capped
 * @param maxRetries      retries of one request after a transient failure: 408, 429, 5xx, timeouts (default 3)
 * @param backoffBase     first back-off delay, doubled on each retry, with jitter (default 2 s)
 * @param backoffMax      longest back-off; a longer Retry-After gives up for this round (default 2 min)
 * @param allowPrivate    whether URLs resolving to loopback, private or link-local addresses may be fetched
 *                        (default false: they are refused)
 * @param threads         worker threads; each host is still served one request at a time (default 8)
 * @param seenPerFeed     item keys remembered per feed (default 2,000)
 * @param seenGlobal      canonical URLs and content hashes remembered across feeds (default 200,000 each)
 * @param silentIntervals a feed with no new item for this many of its usual intervals is silent (default 4)
 * @param silentMinimum   a feed is never called silent before this long without an item (default 6 h)
 * @param failingAfter    consecutive failed polls after which a feed is failing (default 3)
 * @param seed            seed of the back-off jitter (default 1)
 */
public record SourceSettings(String version, String contactUrl, Duration connectTimeout, Duration requestTimeout,
        int maxRedirects, long maxBytes, Duration hostDelay, Duration maxCrawlDelay, int maxRetries,
        Duration backoffBase, Duration backoffMax, boolean allowPrivate, int threads, int seenPerFeed,
        int seenGlobal, double silentIntervals, Duration silentMinimum, int failingAfter, long seed) {

    public SourceSettings {
        Objects.requireNonNull(version, "version");
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        positive(backoffBase, "backoffBase");
        positive(backoffMax, "backoffMax");
        Objects.requireNonNull(silentMinimum, "silentMinimum");
        if (maxRedirects < 0 || maxRetries < 0 || maxBytes <= 0 || threads < 1 || seenPerFeed < 1 || seenGlobal < 1
                || silentIntervals <= 0 || failingAfter < 1) {
            throw new IllegalArgumentException("source settings out of range: " + summary(maxRedirects, maxRetries,
                    maxBytes, threads));
        }
    }

    /** The defaults documented on the components. */
    public static SourceSettings defaults() {
        return new SourceSettings(defaultVersion(), null, Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                16L << 20, Duration.ofSeconds(1), Duration.ofSeconds(60), 3, Duration.ofSeconds(2),
                Duration.ofMinutes(2), false, 8, 2_000, 200_000, 4.0, Duration.ofHours(6), 3, 1L);
    }

    /** {@code Newsgraph/<version> (+<contact URL>)}, or without the parenthesis when no contact URL is set. */
    public String userAgent() {
        return "Newsgraph/" + version + (contactUrl == null || contactUrl.isBlank() ? "" : " (+" + contactUrl + ")");
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static String defaultVersion() {
        String v = SourceSettings.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + d);
        }
    }

    private static String summary(int redirects, int retries, long bytes, int threads) {
        return "maxRedirects=" + redirects + " maxRetries=" + retries + " maxBytes=" + bytes + " threads=" + threads;
    }

    /** Changes some values of a settings record. */
    public static final class Builder {
        private String version;
        private String contactUrl;
        private Duration connectTimeout;
        private Duration requestTimeout;
        private int maxRedirects;
        private long maxBytes;
        private Duration hostDelay;
        private Duration maxCrawlDelay;
        private int maxRetries;
        private Duration backoffBase;
        private Duration backoffMax;
        private boolean allowPrivate;
        private int threads;
        private int seenPerFeed;
        private int seenGlobal;
        private double silentIntervals;
        private Duration silentMinimum;
        private int failingAfter;
        private long seed;

        private Builder(SourceSettings s) {
            version = s.version;
            contactUrl = s.contactUrl;
            connectTimeout = s.connectTimeout;
            requestTimeout = s.requestTimeout;
            maxRedirects = s.maxRedirects;
            maxBytes = s.maxBytes;
            hostDelay = s.hostDelay;
            maxCrawlDelay = s.maxCrawlDelay;
            maxRetries = s.maxRetries;
            backoffBase = s.backoffBase;
            backoffMax = s.backoffMax;
            allowPrivate = s.allowPrivate;
            threads = s.threads;
            seenPerFeed = s.seenPerFeed;
            seenGlobal = s.seenGlobal;
            silentIntervals = s.silentIntervals;
            silentMinimum = s.silentMinimum;
            failingAfter = s.failingAfter;
            seed = s.seed;
        }

        public Builder version(String v) { version = v; return this; }
        public Builder contactUrl(String v) { contactUrl = v; return this; }
        public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
        public Builder requestTimeout(Duration v) { requestTimeout = v; return this; }
        public Builder maxRedirects(int v) { maxRedirects = v; return this; }
        public Builder maxBytes(long v) { maxBytes = v; return this; }
        public Builder hostDelay(Duration v) { hostDelay = v; return this; }
        public Builder maxCrawlDelay(Duration v) { maxCrawlDelay = v; return this; }
        public Builder maxRetries(int v) { maxRetries = v; return this; }
        public Builder backoffBase(Duration v) { backoffBase = v; return this; }
        public Builder backoffMax(Duration v) { backoffMax = v; return this; }
        public Builder allowPrivate(boolean v) { allowPrivate = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder seenPerFeed(int v) { seenPerFeed = v; return this; }
        public Builder seenGlobal(int v) { seenGlobal = v; return this; }
        public Builder silentIntervals(double v) { silentIntervals = v; return this; }
        public Builder silentMinimum(Duration v) { silentMinimum = v; return this; }
        public Builder failingAfter(int v) { failingAfter = v; return this; }
        public Builder seed(long v) { seed = v; return this; }

        public SourceSettings build() {
            return new SourceSettings(version, contactUrl, connectTimeout, requestTimeout, maxRedirects, maxBytes,
                    hostDelay, maxCrawlDelay, maxRetries, backoffBase, backoffMax, allowPrivate, threads, seenPerFeed,
                    seenGlobal, silentIntervals, silentMinimum, failingAfter, seed);
        }
    }
}
