/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.error.NewsgraphException;

/**
 * robots.txt rules per host, parsed by crawler-commons for the robot name {@code newsgraph}, kept for a day (an hour
 * after a failed fetch). Missing or forbidden robots.txt (4xx) allows everything; a server error or unreachable host
 * disallows the host until the next try, as RFC 9309 asks. Thread-safe.
 */
final class RobotsCache {
    static final String ROBOT_NAME = "newsgraph";
    private static final Duration FRESH = Duration.ofHours(24);
    private static final Duration FRESH_AFTER_FAILURE = Duration.ofHours(1);

    private record Entry(BaseRobotRules rules, Instant until, String failure) {}

    private final Map<String, Entry> byHost = new ConcurrentHashMap<>();
    private final SourceSettings settings;
    private final Clock clock;

    RobotsCache(SourceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The robots.txt URL of the host of {@code url}. */
    static URI robotsUrl(URI url) {
        return url.resolve("/robots.txt");
    }

    /** The host's rules while fresh; empty when robots.txt must be fetched first. */
    Optional<BaseRobotRules> rules(String hostKey) {
        Entry e = byHost.get(hostKey);
        return e == null || clock.instant().isAfter(e.until()) ? Optional.empty() : Optional.of(e.rules());
    }

    /** Why the host's robots.txt could not be read, when that is why it is disallowed. */
    Optional<String> failure(String hostKey) {
        Entry e = byHost.get(hostKey);
        return e == null ? Optional.empty() : Optional.ofNullable(e.failure());
    }

    /**
     * Fetches and records the robots.txt of the host of {@code url}, following its redirects (each hop checked by
     * the guard); a failure keeps the host off limits for an hour.
     *
     * @return the number of requests sent
     */
    int load(String hostKey, URI url, HttpFetcher fetcher, AddressGuard guard) {
        int requests = 1;
        try {
            FetchResult r = fetcher.fetch(robotsUrl(url), Validators.NONE);
            for (int hop = 0; r.redirect() && hop < settings.maxRedirects(); hop++) {
                URI next = r.location().orElseThrow(() -> new FetchException(url.toString(), "bad redirect", false));
                guard.check(next);
                requests++;
                r = fetcher.fetch(next, Validators.NONE);
            }
            accept(hostKey, r);
        } catch (NewsgraphException e) {
            unreachable(hostKey, e.getMessage());
        }
        return requests;
    }

    /** Records the answer to a robots.txt request. */
    void accept(String hostKey, FetchResult r) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (r.ok()) {
            put(hostKey, parse(r.url().toString(), r.body(), r.contentType()), FRESH, null);
        } else if (r.status() >= 400 && r.status() < 500) {
            put(hostKey, parser.failedFetch(r.status()), FRESH, null);
        } else {
            put(hostKey, parser.failedFetch(503), FRESH_AFTER_FAILURE, "robots.txt answered HTTP " + r.status());
        }
    }

    /** The rules a robots.txt body gives the robot {@value #ROBOT_NAME}. */
    static BaseRobotRules parse(String url, byte[] body, String contentType) {
        return new SimpleRobotRulesParser().parseContent(url, body, contentType == null ? "text/plain" : contentType,
                List.of(ROBOT_NAME));
    }

    /** Records that robots.txt could not be fetched at all: the host is off limits for an hour. */
    void unreachable(String hostKey, String why) {
        put(hostKey, new SimpleRobotRulesParser().failedFetch(503), FRESH_AFTER_FAILURE,
                "robots.txt unreachable (" + why + ")");
    }

    /** The pause between requests to the host: the configured delay, or robots.txt's crawl-delay when larger. */
    Duration delay(String hostKey) {
        Entry e = byHost.get(hostKey);
        Duration d = settings.hostDelay();
        if (e != null && e.rules().getCrawlDelay() > 0) {
            Duration crawl = Duration.ofMillis(e.rules().getCrawlDelay());
            if (crawl.compareTo(settings.maxCrawlDelay()) > 0) {
                crawl = settings.maxCrawlDelay();
            }
            if (crawl.compareTo(d) > 0) {
                d = crawl;
            }
        }
        return d;
    }

    private void put(String hostKey, BaseRobotRules rules, Duration fresh, String failure) {
        byHost.put(hostKey, new Entry(rules, clock.instant().plus(fresh), failure));
    }
}
