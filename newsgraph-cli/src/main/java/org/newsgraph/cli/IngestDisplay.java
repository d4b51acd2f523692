/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.newsgraph.store.IngestProgress;

/**
 * Shows an ingest's progress: a progress bar on a terminal, plain lines ({@code progress: …}) every few seconds
 * otherwise, so that logs and scripts can follow it. Polls the ingester from a daemon thread.
 */
final class IngestDisplay implements AutoCloseable {
    private final Thread thread;

    private IngestDisplay(Runnable loop) {
        thread = new Thread(loop, "newsgraph-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts showing progress towards {@code total} documents; {@code intervalMs} paces the plain lines. */
    static IngestDisplay start(long total, Supplier<IngestProgress> progress, boolean terminal, long intervalMs,
            PrintStream err) {
        if (terminal) {
            return new IngestDisplay(() -> bar(total, progress, err));
        }
        long started = System.nanoTime();
        return new IngestDisplay(() -> lines(total, progress, intervalMs, err, started));
    }

    private static void bar(long total, Supplier<IngestProgress> progress, PrintStream err) {
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(total).showSpeed()
                .setUnit(" docs", 1).setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(err))
                .build()) {
            while (true) {
                IngestProgress p = progress.get();
                pb.stepTo(p.done());
                pb.setExtraMessage(String.format(Locale.ROOT, "stored %d, duplicates %d, failed %d", p.stored(),
                        p.duplicates(), p.failed()));
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void lines(long total, Supplier<IngestProgress> progress, long intervalMs, PrintStream err,
            long started) {
        long last = -1;
        try {
            while (true) {
                Thread.sleep(intervalMs);
                IngestProgress p = progress.get();
                if (p.done() != last) {
                    last = p.done();
                    double s = (System.nanoTime() - started) / 1e9;
                    err.printf(Locale.ROOT, "progress: %d/%d documents, stored=%d duplicates=%d failed=%d, "
                            + "%.1f articles/s%n", p.done(), total, p.stored(), p.duplicates(), p.failed(),
                            p.stored() / Math.max(s, 1e-9));
                    err.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
