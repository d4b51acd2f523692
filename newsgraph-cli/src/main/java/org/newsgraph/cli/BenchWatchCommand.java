/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.Callable;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.bench.watch.WatchBench;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.source.FeedHealth;
import org.newsgraph.store.ArticleAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"The long run: watch a loopback feed farm (new items, 304s, 500s, slow answers, broken XML, a "
                + "feed that goes silent) for --minutes with the full pipeline, sampling the heap after GC every "
                + "minute; then check that every offered item was stored once and every fault shows in the feed "
                + "health. Exit code 1 when an item was lost or stored twice."})
public final class BenchWatchCommand implements Callable<Integer> {
    @Option(names = "--minutes", defaultValue = "60", paramLabel = "N", description = "Length (default: "
            + "${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--interval", defaultValue = "PT30S", description = "Between polling rounds (default: "
            + "${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--every", defaultValue = "PT2M", description = "Each feed publishes an item this often "
            + "(default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--silent-after", defaultValue = "PT10M", description = "When the silent feed stops (default: "
            + "${DEFAULT-VALUE}).")
    Duration silentAfter;

    @Option(names = "--slow", defaultValue = "PT12S", description = "The slow feed's delay on every other poll; the "
            + "request timeout is half of it (default: ${DEFAULT-VALUE}).")
    Duration slow;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Analysis threads.")
    int threads;

    @Option(names = "--work", paramLabel = "DIR", description = "Store and state (default: a new temporary folder).")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (minutes < 1 || threads < 1) {
            throw new ExitCodes.UsageException("--minutes and --threads must be at least 1");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-watch");
        WatchBench.Result r = WatchBench.run(new WatchBench.Options(Duration.ofMinutes(minutes), interval, every,
                silentAfter, slow, dir, threads), ArticleAnalyzer.of(Pipelines.standard()), System.out);
        r.missing().forEach(m -> System.out.println("missing: " + m));
        r.unexpected().forEach(u -> System.out.println("unexpected: " + u));
        System.out.println("faults served: " + r.faults() + "; heap after GC per minute (MB): " + r.heapMb());
        long errors = r.health().stream().mapToLong(FeedHealth::errors).sum();
        long withErrors = r.health().stream().filter(h -> h.errors() > 0).count();
        long silent = r.health().stream().filter(h -> h.status() == FeedHealth.Status.SILENT).count();
        int n = r.heapMb().size();
        System.out.println(new SummaryLine("watch").put("minutes", minutes).put("feeds", r.health().size())
                .put("rounds", r.rounds()).put("polls", r.polls()).put("not_modified", r.notModified())
                .put("faults", r.faults().values().stream().mapToLong(Long::longValue).sum())
                .put("health_errors", errors).put("feeds_with_errors", withErrors).put("silent_feeds", silent)
                .put("offered", r.offered()).put("stored", r.stored()).put("missing", r.missing().size())
                .put("unexpected", r.unexpected().size())
                .put("heap_first_mb", n == 0 ? 0 : r.heapMb().get(0)).put("heap_last_mb", n == 0 ? 0 : r.heapMb().get(n - 1))
                .put("heap_max_mb", n == 0 ? 0 : Collections.max(r.heapMb())));
        return r.missing().isEmpty() && r.unexpected().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
