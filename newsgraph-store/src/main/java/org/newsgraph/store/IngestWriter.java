/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.model.Sentence;

/**
 * The ingest's single writer thread: collects analysed articles from a bounded queue and stores them in batches of up
 * to {@code batchSize}, or whatever arrived within {@link #MAX_WAIT_MS} of a batch's first article.
 */
final class IngestWriter {
    static final long MAX_WAIT_MS = 1000;

    private final Store store;
    private final int batchSize;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private volatile StoreException fatal;

    IngestWriter(Store store, int batchSize, int capacity) {
        this.store = store;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "newsgraph-store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void put(PendingArticle p) throws InterruptedException {
        checkHealthy();
        queue.put(p);
    }

    /** Throws (unchecked) when the writer failed: the store cannot take more, so the ingest must stop. */
    void checkHealthy() {
        StoreException f = fatal;
        if (f != null) {
            throw Ingester.unchecked(f);
        }
    }

    void finish() throws StoreException, InterruptedException {
        queue.put(Ingester.end());
        thread.join();
        if (fatal != null) {
            throw fatal;
        }
    }

    /**
     * Stops after the batch in hand without taking more. The thread is not interrupted: an interrupt inside Lucene's
     * file I/O could close the index's channels mid-write.
     */
    void abort() throws InterruptedException {
        queue.clear();
        queue.offer(Ingester.end());
        thread.join(TimeUnit.MINUTES.toMillis(1));
    }

    long stored() {
        return stored.get();
    }

    long duplicates() {
        return duplicates.get();
    }

    long tokens() {
        return tokens.get();
    }

    private void run() {
        List<PendingArticle> batch = new ArrayList<>();
        long deadline = 0;
        try {
            while (true) {
                Object o = batch.isEmpty() ? queue.take()
                        : queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (o == Ingester.end()) {
                    flush(batch);
                    return;
                }
                if (o != null) {
                    if (batch.isEmpty()) {
                        deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                    }
                    batch.add((PendingArticle) o);
                }
                if (batch.size() >= batchSize || (o == null && !batch.isEmpty())) {
                    flush(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreException e) {
            fatal = e;
            queue.clear();
        }
    }

    private void flush(List<PendingArticle> batch) throws StoreException {
        if (batch.isEmpty()) {
            return;
        }
        int n = store.write(batch);
        long t = 0;
        for (PendingArticle p : batch) {
            for (Sentence s : p.analysis().annotated().sentences()) {
                t += s.tokens().size();
            }
        }
        stored.addAndGet(n);
        duplicates.addAndGet(batch.size() - n);
        tokens.addAndGet(t);
        batch.clear();
    }
}
