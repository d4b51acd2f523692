/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.newsgraph.export.ExportProgress;

/**
 * An export's progress on standard error: a progress bar on a terminal, else a plain line every few seconds
 * ({@code export: 1200/5000 rows}). The export records rows as it writes them; this thread reads the numbers.
 */
final class ExportDisplay implements ExportProgress, AutoCloseable {
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final Thread thread;

    private ExportDisplay(String task, boolean terminal, long intervalMs, PrintStream err) {
        thread = new Thread(terminal ? () -> bar(task, err) : () -> lines(task, intervalMs, err),
                "newsgraph-export-progress");
        thread.setDaemon(true);
        thread.start();
    }

    static ExportDisplay start(String task, boolean terminal, long intervalMs, PrintStream err) {
        return new ExportDisplay(task, terminal, intervalMs, err);
    }

    @Override
    public void rows(long d, long t) {
        done.set(d);
        total.set(t);
    }

    private void bar(String task, PrintStream err) {
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, total.get()))
                .setUnit(" rows", 1).setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(err))
                .build()) {
            while (true) {
                pb.maxHint(Math.max(1, total.get()));
                pb.stepTo(done.get());
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void lines(String task, long intervalMs, PrintStream err) {
        long last = -1;
        try {
            while (true) {
                Thread.sleep(intervalMs);
                long d = done.get();
                if (d != last && total.get() > 0) {
                    last = d;
                    err.printf(Locale.ROOT, "%s: %d/%d rows%n", task, d, total.get());
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
