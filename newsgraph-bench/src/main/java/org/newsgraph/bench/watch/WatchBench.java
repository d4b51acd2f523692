/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.watch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.source.FeedHealth;
import org.newsgraph.source.FeedList;
import org.newsgraph.source.HealthTable;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.source.Watcher;
import org.newsgraph.store.ArticleAnalyzer;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.Store;

/**
 * Runs the watcher ({@code newsgraph watch}: the same watcher, ingester, pipeline and store) against a
 * {@link FeedFarm} for a given time, samples the heap after a full garbage collection every minute, then freezes the farm,
 * polls once more and checks that every item the farm offered was stored exactly once and that every misbehaving
 * feed shows its faults in the health table.
 */
public final class WatchBench {
    private static final Pattern PAGE_URL = Pattern.compile("\"url\":\"(http://127\\.0\\.0\\.1:\\d+/page/[^\"]+)\"");

    /**
     * Settings.
     *
     * @param every       how often each feed publishes an item
     * @param silentAfter when the silent feed stops publishing
     * @param slowDelay   how long the slow feed takes on every other poll (longer than the request timeout)
     */
    public record Options(Duration length, Duration interval, Duration every, Duration silentAfter, Duration slowDelay,
            Path work, int threads) {}

    /**
     * The outcome.
     *
     * @param heapMb     the heap in use after the last collection, sampled every minute
     * @param missing    offered items not stored
     * @param unexpected stored articles the farm never offered, or stored twice
     */
    public record Result(long polls, long notModified, Map<String, Long> faults, int offered, long stored,
            List<String> missing, List<String> unexpected, List<FeedHealth> health, List<Long> heapMb, int rounds,
            IngestSummary summary) {}

    private WatchBench() {}

    public static Result run(Options o, ArticleAnalyzer analyzer, PrintStream log) throws Exception {
        Files.createDirectories(o.work());
        Path storeDir = o.work().resolve("store");
        SourceSettings settings = SourceSettings.defaults().toBuilder().allowPrivate(true)
                .hostDelay(Duration.ofMillis(200)).requestTimeout(o.slowDelay().dividedBy(2))
                .connectTimeout(Duration.ofSeconds(5)).maxRetries(1).backoffBase(Duration.ofSeconds(1))
                .backoffMax(Duration.ofSeconds(5)).silentMinimum(o.every().multipliedBy(4)).build();
        List<Long> heap = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger rounds = new java.util.concurrent.atomic.AtomicInteger();

        try (FeedFarm farm = new FeedFarm(o.every(), o.silentAfter(), o.slowDelay());
                Store store = Store.open(storeDir)) {
            Path list = o.work().resolve("feeds.txt");
            Files.write(list, farm.feedUrls(), StandardCharsets.UTF_8);
            IngestSummary summary;
            Watcher watcher;
            try (Ingester ingester = new Ingester(store, analyzer, new Ingester.Options(o.threads(), 8))) {
                watcher = new Watcher(settings, FeedList.read(list), storeDir, ingester);
                Thread loop = new Thread(() -> {
                    try {
                        watcher.run(o.interval(), r -> {
                            rounds.incrementAndGet();
                            log.println("round: " + r.summary());
                        });
                    } catch (Exception e) {
                        log.println("watcher stopped: " + e);
                    }
                }, "watch-bench");
                loop.start();
                Instant end = Instant.now().plus(o.length());
                while (Instant.now().isBefore(end)) {
                    Thread.sleep(Math.min(60_000, Math.max(1, Duration.between(Instant.now(), end).toMillis())));
                    heap.add(heapAfterGcMb());
                    log.printf("minute %d: heap after GC %d MB, %d polls, %d not modified, stored %d%n", heap.size(),
                            heap.get(heap.size() - 1), farm.polls(), farm.notModified(), ingester.progress().stored());
                }
                // nothing new from here on: two more complete rounds fetch what the last ones left (a failed poll,
                // a timed-out slow feed), then the watcher stops as on SIGTERM
                farm.freeze();
                int target = rounds.get() + 2;
                while (rounds.get() < target && loop.isAlive()) {
                    Thread.sleep(200);
                }
                watcher.stop();
                loop.join(120_000);
                summary = ingester.finish();
            }
            List<FeedHealth> health = watcher.health();
            ByteArrayOutputStream table = new ByteArrayOutputStream();
            try (PrintWriter w = new PrintWriter(table, true, StandardCharsets.UTF_8)) {
                HealthTable.print(health, Instant.now(), w);
            }
            log.print(table.toString(StandardCharsets.UTF_8));
            Set<String> offered = new HashSet<>();
            farm.itemsOffered().forEach(i -> offered.add(farm.url("/page/" + i + ".html")));
            List<String> storedUrls = storedPageUrls(store);
            List<String> missing = offered.stream().filter(u -> !storedUrls.contains(u)).sorted().toList();
            Set<String> seen = new HashSet<>();
            List<String> unexpected = storedUrls.stream().filter(u -> !offered.contains(u) || !seen.add(u)).toList();
            return new Result(farm.polls(), farm.notModified(), farm.faults(), offered.size(), storedUrls.size(),
                    missing, unexpected, health, heap, rounds.get(), summary);
        }
    }

    private static List<String> storedPageUrls(Store store) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store, ExportFormat.JSONL, null, out);
        List<String> urls = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{\"record\":\"article\"")) {
                Matcher m = PAGE_URL.matcher(line);
                if (m.find()) {
                    urls.add(m.group(1));
                }
            }
        }
        return urls;
    }

    /**
     * The heap in use right after a full collection. G1 updates its pools' after-collection figures only on some
     * collections, so the bench asks for one, once a minute.
     */
    static long heapAfterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
