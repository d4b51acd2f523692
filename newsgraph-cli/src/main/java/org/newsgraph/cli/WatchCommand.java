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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.error.InputIoException;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.source.FeedList;
import org.newsgraph.source.Watcher;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph watch}: a long-running collector. Polls the feeds politely every interval, stores new articles,
 * keeps its state (validators, seen items, health) under the store, and shuts down cleanly on SIGTERM or Ctrl-C.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll feeds (RSS, Atom; FILE is an OPML file or a list of feed URLs) and store new articles. "
                + "Conditional GET, robots.txt and per-host delays keep it polite; a restart neither re-fetches nor "
                + "loses items. 'newsgraph feeds' shows each feed's health."})
public final class WatchCommand implements Callable<Integer> {
    @Option(names = "--feeds", required = true, paramLabel = "FILE", description = "OPML file or list of feed URLs.")
    Path feeds;

    @Option(names = "--store", defaultValue = StoreAccess.DEFAULT, paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--interval", defaultValue = "PT15M", paramLabel = "DURATION",
            description = "Time between polling rounds, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
    Integer threads;

    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(feeds)) {
            throw new InputIoException(feeds.toString(), "no such feed list");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new ExitCodes.UsageException("--interval must be positive");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        CountDownLatch closed = new CountDownLatch(1);
        try (Store st = Store.open(store);
                Ingester ingester = new Ingester(st, Pipelines.standard(), new Ingester.Options(n, 32))) {
            Watcher watcher = new Watcher(sources.settings(), FeedList.read(feeds), store, ingester);
            // SIGTERM: stop polling, save the state, and wait until the store is closed below
            Runtime.getRuntime().addShutdownHook(watcher.shutdownHook(closed));
            System.err.println("newsgraph: watching " + feeds + " every " + interval + " into " + store
                    + " (Ctrl-C or SIGTERM stops)");
            watcher.run(interval, r -> System.err.println("newsgraph: " + r.summary()));
            ingester.finish();
        } finally {
            closed.countDown();
        }
        return ExitCodes.OK;
    }
}
