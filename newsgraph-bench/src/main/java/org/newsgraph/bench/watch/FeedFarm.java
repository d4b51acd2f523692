/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback server of feeds that misbehave on purpose. Every feed publishes a new item every {@code every} (the
 * silent one stops after {@code silentAfter}) and answers conditional requests with 304 when nothing changed; on top
 * of that {@code flaky} answers 500 to every third poll, {@code slow} takes {@code slowDelay} to answer every other
 * poll, {@code broken} serves cut-off XML to every third poll. Item pages live at {@code /page/FEED/N.html}. Counts
 * what it served, so the bench can tell which items the watcher could have stored.
 */
public final class FeedFarm implements AutoCloseable {
    /** The feeds and how each misbehaves. */
    public static final List<String> FEEDS = List.of("steady", "quiet", "flaky", "slow", "broken", "silent");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final HttpServer server;
    private final Instant start;
    private final Duration every;
    private final Duration silentAfter;
    private final Duration slowDelay;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, AtomicLong> polls = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> faults = new ConcurrentHashMap<>();
    private final AtomicLong notModified = new AtomicLong();
    private final Set<String> itemsOffered = ConcurrentHashMap.newKeySet();
    private volatile Instant frozen;

    public FeedFarm(Duration every, Duration silentAfter, Duration slowDelay) throws IOException {
        this.every = every;
        this.silentAfter = silentAfter;
        this.slowDelay = slowDelay;
        this.start = clock.instant();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> new Thread(r, "feed-farm")));
        server.createContext("/", this::serve);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The number of items the feed has published by now (the "quiet" feed half as many). */
    private int published(String feed, Instant now) {
        Instant until = feed.equals("silent") ? min(now, start.plus(silentAfter)) : now;
        long n = Duration.between(start, until).toMillis() / every.toMillis() + 3;
        return (int) (feed.equals("quiet") ? (n + 1) / 2 : n);
    }

    private void serve(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/feed/")) {
                feed(ex, path.substring(6).replace(".xml", ""));
            } else if (path.startsWith("/page/")) {
                String[] p = path.substring(6).replace(".html", "").split("/");
                send(ex, 200, "text/html; charset=utf-8", page(p[0], Integer.parseInt(p[1])), null);
            } else {
                send(ex, 404, "text/plain", "not here", null);
            }
        } finally {
            ex.close();
        }
    }

    private void feed(HttpExchange ex, String feed) throws IOException {
        long poll = polls.computeIfAbsent(feed, f -> new AtomicLong()).incrementAndGet();
        if (feed.equals("flaky") && poll % 3 == 0) {
            fault(feed);
            send(ex, 500, "text/plain", "internal error", null);
            return;
        }
        if (feed.equals("slow") && poll % 2 == 0) {
            fault(feed);
            try {
                Thread.sleep(slowDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        int n = published(feed, frozen != null ? frozen : clock.instant());
        String etag = "\"" + feed + "-" + n + "\"";
        String ifNone = ex.getRequestHeaders().getFirst("If-None-Match");
        if (etag.equals(ifNone)) {
            notModified.incrementAndGet();
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        String xml = rss(feed, n);
        if (feed.equals("broken") && poll % 3 == 0) {
            fault(feed);
            send(ex, 200, "application/rss+xml", xml.substring(0, xml.length() / 2), null);
            return;
        }
        for (int i = Math.max(0, n - 20); i < n; i++) {
            itemsOffered.add(feed + "/" + i);
        }
        send(ex, 200, "application/rss+xml; charset=utf-8", xml, etag);
    }

    private void fault(String feed) {
        faults.computeIfAbsent(feed, f -> new AtomicLong()).incrementAndGet();
    }

    /** The newest 20 items, newest first, as feeds do. */
    private String rss(String feed, int n) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>" + feed + " news</title><link>" + url("/") + "</link>");
        for (int i = n - 1; i >= Math.max(0, n - 20); i--) {
            Instant at = start.plus(every.multipliedBy(Math.max(0, i - 3)));
            sb.append("<item><title>").append(title(feed, i)).append("</title><link>").append(url("/page/" + feed
                    + "/" + i + ".html")).append("</link><guid>").append(feed).append('-').append(i)
                    .append("</guid><pubDate>").append(RFC_1123.format(at.atOffset(java.time.ZoneOffset.UTC)))
                    .append("</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private static String title(String feed, int i) {
        return "Council of " + Character.toUpperCase(feed.charAt(0)) + feed.substring(1) + "ville approves plan " + i;
    }

    private static String page(String feed, int i) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title(feed, i) + "</title></head><body><article><h1>"
                + title(feed, i) + "</h1><p>The council voted on Tuesday to approve plan " + i + " of the " + feed
                + " district, the mayor said.</p><p>Work on plan " + i + " is expected to start next year.</p>"
                + "</article></body></html>";
    }

    private static void send(HttpExchange ex, int status, String type, String body, String etag) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        if (etag != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Publishes nothing new from now on, so that a last round can catch up with everything published. */
    public void freeze() {
        frozen = clock.instant();
    }

    /** Items that appeared in a feed the watcher read successfully (the ones it must store, each once). */
    public Set<String> itemsOffered() {
        return Set.copyOf(itemsOffered);
    }

    /** Faults served, by feed. */
    public Map<String, Long> faults() {
        Map<String, Long> out = new java.util.TreeMap<>();
        faults.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public long polls() {
        return polls.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long notModified() {
        return notModified.get();
    }

    /** The feed URLs, as a list file's lines. */
    public List<String> feedUrls() {
        List<String> out = new ArrayList<>();
        FEEDS.forEach(f -> out.add(url("/feed/" + f + ".xml") + " " + f.toUpperCase(Locale.ROOT)));
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
