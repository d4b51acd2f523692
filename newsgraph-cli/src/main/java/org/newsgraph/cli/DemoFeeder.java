/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.source.FeedRef;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.source.Watcher;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.Store;

/**
 * What {@code demo} adds while its UI is up, on one background thread: the Wikinews articles the project's data
 * allows, then, with {@code --live}, rounds of polling public news feeds; the server is refreshed every minute
 * meanwhile and after each step, so that new articles appear in the UI. Nothing to do when neither is given.
 */
final class DemoFeeder implements AutoCloseable {
    private static final long REFRESH_MS = 60_000;

    private final Store store;
    private final Path wikinews;
    private final List<FeedRef> feeds;
    private final Duration interval;
    private final PrintStream log;
    private volatile Watcher watcher;
    private Thread thread;

    DemoFeeder(Store store, Path wikinews, List<FeedRef> feeds, Duration interval, PrintStream log) {
        this.store = store;
        this.wikinews = wikinews;
        this.feeds = feeds;
        this.interval = interval;
        this.log = log;
    }

    /** Starts the background work once the server runs. */
    void start(NewsgraphServer server) {
        if (wikinews == null && feeds.isEmpty()) {
            return;
        }
        thread = new Thread(() -> run(server), "newsgraph-demo-feeder");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(NewsgraphServer server) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        try (Ingester ingester = new Ingester(store, Pipelines.standard(), new Ingester.Options(threads, 16))) {
            Thread refresher = refresher(server);
            if (wikinews != null) {
                log.println("demo: ingesting the Wikinews articles " + wikinews + "/news/events-dev/ allows, in the "
                        + "background (the UI shows them as they are stored) ...");
                InputHints hints = new InputHints(null, null, null, "auto");
                WikinewsArticles.read(wikinews, doc -> ingester.accept(doc, hints));
            }
            if (!feeds.isEmpty()) {
                watcher = new Watcher(SourceSettings.defaults(), feeds, store.dir(), ingester);
                log.println("demo: polling " + feeds.size() + " news feeds every " + interval + " (the Sources page "
                        + "shows their health)");
                watcher.run(interval, r -> {
                    log.println("demo: " + r.summary());
                    refresh(server);
                });
            }
            IngestSummary s = ingester.finish();
            refresher.interrupt();
            refresh(server);
            log.printf(Locale.ROOT, "demo: background ingest done: %d stored, %d already there, %d failed%n",
                    s.stored(), s.duplicates(), s.failed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.println("demo: background ingest stopped: " + ExitCodes.message(e));
        }
    }

    private Thread refresher(NewsgraphServer server) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(REFRESH_MS);
                    refresh(server);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsgraph-demo-refresh");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void refresh(NewsgraphServer server) {
        try {
            store.commitIndex();
            server.refresh();
        } catch (Exception e) {
            log.println("demo: cannot refresh the UI: " + ExitCodes.message(e));
        }
    }

    @Override
    public void close() throws InterruptedException {
        Watcher w = watcher;
        if (w != null) {
            w.stop();
        }
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
        }
    }
}
