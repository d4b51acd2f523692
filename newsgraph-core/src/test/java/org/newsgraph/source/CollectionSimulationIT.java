/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated collection: 500 feeds of 20 items on 50 loopback hosts, three polling rounds (in the second, every fifth
 * feed publishes three new items; the third changes nothing). Exactly the unique articles are stored, none twice,
 * and no host ever sees two requests closer than its delay (from the servers' access logs).
 */
class CollectionSimulationIT {
    private static final int HOSTS = 50;
    private static final int FEEDS = 500;
    private static final int ITEMS = 20;
    private static final Duration HOST_DELAY = Duration.ofMillis(10);
    private static final Instant NOW = Instant.now();

    @TempDir
    Path store;

    private final List<TestSite> sites = new ArrayList<>();
    private final Set<String> expected = new HashSet<>();

    private TestSite hostOf(int feed, int item) {
        return sites.get(Math.floorMod(feed * 7 + item, HOSTS));
    }

    /** Item {@code k} of feed {@code f}; the last item of each feed is the next feed's first, with tracking. */
    private String itemUrl(int f, int k) {
        if (k == ITEMS - 1) {
            int next = (f + 1) % FEEDS;
            return hostOf(next, 0).url("/p/f" + next + "-0.html?utm_source=feed" + f + "&utm_medium=rss");
        }
        String path = "/p/f" + f + "-" + k + ".html";
        TestSite site = hostOf(f, k);
        if (expected.add(site.url(path))) {
            site.put(path, "text/html; charset=utf-8", WarcSourceTest.page("Feed " + f + " item " + k));
        }
        return site.url(path);
    }

    /** Version 1: items 0–19; version 2 of every fifth feed: items 3–22 (three new, three dropped). */
    private void publish(int f, int version) {
        int from = version == 2 && f % 5 == 0 ? 3 : 0;
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ")
                .append(f).append("</title><link>http://127.0.0.1/</link><description>d</description>");
        for (int k = from + ITEMS - 1; k >= from; k--) {
            String url = itemUrl(f, k);
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minus(Duration.ofMinutes(30L * (30 - k)))
                    .atZone(ZoneOffset.UTC));
            b.append("<item><title>Item ").append(k).append("</title><link>").append(url.replace("&", "&amp;"))
                    .append("</link><pubDate>").append(date).append("</pubDate></item>");
        }
        sites.get(f % HOSTS).put("/feeds/" + f + ".xml", "application/rss+xml", b.append("</channel></rss>").toString());
    }

    @Test
    void threeRoundsOf500FeedsStoreEachUniqueArticleOnceAndStayPolite() throws Exception {
        ExecutorService serverThreads = Executors.newFixedThreadPool(8);
        try {
            for (int h = 0; h < HOSTS; h++) {
                sites.add(TestSite.start(serverThreads));
            }
            List<FeedRef> feeds = new ArrayList<>();
            for (int f = 0; f < FEEDS; f++) {
                publish(f, 1);
                feeds.add(new FeedRef(sites.get(f % HOSTS).url("/feeds/" + f + ".xml"), null));
            }
            int uniqueAfterRound1 = expected.size();
            RecordingSink sink = new RecordingSink();
            SourceSettings settings = CollectorIT.TEST.toBuilder().hostDelay(HOST_DELAY).threads(16).build();
            Watcher watcher = new Watcher(settings, feeds, store, sink);
            long start = System.nanoTime();
            List<RoundReport> rounds = new ArrayList<>();
            rounds.add(watcher.runRound());
            assertEquals(uniqueAfterRound1, sink.stored(), rounds.get(0).summary());
            for (int f = 0; f < FEEDS; f += 5) {
                publish(f, 2);
            }
            rounds.add(watcher.runRound());
            rounds.add(watcher.runRound());
            watcher.close();
            double seconds = (System.nanoTime() - start) / 1e9;

            rounds.forEach(r -> System.out.println("simulation " + r.summary()));
            long requests = rounds.stream().mapToLong(RoundReport::requests).sum();
            long notModified = rounds.stream().mapToLong(RoundReport::notModified).sum();
            long minGap = minimumGapPerHost();
            System.out.println(String.format(Locale.ROOT, "simulation: %d feeds x %d items, 3 rounds, %d hosts: %d "
                    + "articles stored in %.1f s (%.1f articles/s), %d requests, %d not modified (304), smallest gap "
                    + "between two requests to one host %.1f ms (delay %d ms)", FEEDS, ITEMS, HOSTS, sink.stored(),
                    seconds, sink.stored() / seconds, requests, notModified, minGap / 1e6, HOST_DELAY.toMillis()));

            assertEquals(FEEDS * (ITEMS - 1) + FEEDS / 5 * 3, expected.size(), "the test's own arithmetic");
            assertEquals(expected.size(), sink.stored());
            assertEquals(0, sink.repeats(), "no article handed on twice");
            assertEquals(sink.stored(), sink.handed().size());
            assertEquals(Set.copyOf(expected), new HashSet<>(sink.handed().stream().map(h -> h.doc().url()).toList()));
            assertEquals(FEEDS - FEEDS / 5, rounds.get(1).notModified());
            assertEquals(FEEDS, rounds.get(2).notModified());
            assertEquals(FEEDS, rounds.get(2).requests(), "round 3 costs one conditional GET per feed");
            assertEquals(0, rounds.stream().mapToLong(RoundReport::failures).sum());
            assertTrue(minGap >= HOST_DELAY.toNanos(), "per-host delay kept: smallest gap " + minGap + " ns");
        } finally {
            sites.forEach(TestSite::close);
            serverThreads.shutdownNow();
        }
    }

    private long minimumGapPerHost() {
        long min = Long.MAX_VALUE;
        for (TestSite s : sites) {
            List<Long> times = s.hits().stream().map(TestSite.Hit::nanos).sorted().toList();
            for (int i = 1; i < times.size(); i++) {
                min = Math.min(min, times.get(i) - times.get(i - 1));
            }
        }
        return min;
    }
}
