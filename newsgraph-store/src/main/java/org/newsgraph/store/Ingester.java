/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.DocumentSink;

/**
 * Ingests documents into a store: N analysis workers take documents from a bounded queue, skip articles already
 * stored (same id: canonical URL or text), run the full pipeline, and hand analyses through a second bounded queue to
 * one writer thread that stores them in batches. Memory stays bounded by the two queues. {@link #accept} blocks while
 * the workers are busy and never throws for a bad document; {@link #finish} waits for the rest and returns the
 * summary. One ingester per store at a time.
 */
public final class Ingester implements DocumentSink, AutoCloseable {
    public static final int MAX_FAILURES_KEPT = 10_000;
    private static final Object END = new Object();

    /** Worker threads and articles per write transaction. */
    public record Options(int threads, int batchSize) {
        public Options {
            if (threads < 1 || batchSize < 1) {
                throw new IllegalArgumentException("threads and batch size must be at least 1");
            }
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 32);
        }
    }

    private record Task(RawDocument doc, InputHints hints) {}

    private final Store store;
    private final ArticleAnalyzer pipeline;
    private final BlockingQueue<Object> tasks;
    private final IngestWriter writer;
    private final List<Thread> workers = new ArrayList<>();
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<IngestSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final long started = System.nanoTime();
    private boolean finished;

    public Ingester(Store store, Pipeline pipeline, Options options) {
        this(store, ArticleAnalyzer.of(pipeline), options);
    }

    public Ingester(Store store, ArticleAnalyzer pipeline, Options options) {
        this.store = store;
        this.pipeline = pipeline;
        this.tasks = new ArrayBlockingQueue<>(options.threads() * 2);
        this.writer = new IngestWriter(store, options.batchSize(), options.threads() * 4);
        for (int i = 0; i < options.threads(); i++) {
            Thread t = new Thread(this::work, "newsgraph-ingest-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    @Override
    public void accept(RawDocument doc, InputHints hints) {
        writer.checkHealthy();
        accepted.incrementAndGet();
        try {
            tasks.put(new Task(doc, hints));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(doc.name(), "interrupted before analysis");
        }
    }

    /** Records a document that failed before it could be handed over (unreadable file). */
    public void fail(String input, String reason) {
        failed.incrementAndGet();
        if (failures.size() < MAX_FAILURES_KEPT) {
            failures.add(new IngestSummary.Failure(input, reason));
        }
    }

    public IngestProgress progress() {
        return new IngestProgress(accepted.get(), writer.stored(), duplicates.get() + writer.duplicates(),
                failed.get(), writer.tokens());
    }

    private void work() {
        while (true) {
            Object o;
            try {
                o = tasks.take();
            } catch (InterruptedException e) {
                return;
            }
            if (o == END) {
                return;
            }
            Task t = (Task) o;
            try {
                process(t);
            } catch (BadInputException e) {
                fail(t.doc().name(), e.getMessage().startsWith(t.doc().name() + ": ")
                        ? e.getMessage().substring(t.doc().name().length() + 2) : e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail(t.doc().name(), "analysis failed: " + e);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void process(Task t) throws BadInputException, InterruptedException {
        Article article = pipeline.read(t.doc(), t.hints());
        if (store.contains(article.id()) || !claimed.add(article.id())) {
            duplicates.incrementAndGet();
            return;
        }
        Analysis analysis = pipeline.analyze(article, t.doc().name(), t.hints());
        writer.put(new PendingArticle(analysis, t.doc().name()));
    }

    /** Waits for every accepted document, stores the rest, updates the derived tables and returns the summary. */
    public IngestSummary finish() throws StoreException, InterruptedException {
        if (!finished) {
            finished = true;
            for (int i = 0; i < workers.size(); i++) {
                tasks.put(END);
            }
            for (Thread t : workers) {
                t.join();
            }
            writer.finish();
            store.commitIndex();
            store.refreshDerived();
        }
        IngestProgress p = progress();
        return new IngestSummary(p.stored(), p.duplicates(), p.failed(), new ArrayList<>(failures), p.tokens(),
                (System.nanoTime() - started) / 1e9, store.counts());
    }

    /**
     * Stops the workers without waiting for queued documents (the next ingest re-processes them); the writer finishes
     * the batch in hand. Does nothing more after {@link #finish}.
     */
    @Override
    public void close() throws InterruptedException {
        if (finished) {
            return;
        }
        tasks.clear();
        workers.forEach(Thread::interrupt);
        writer.abort();
    }

    static UncheckedIOException unchecked(StoreException e) {
        return new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    }

    static Object end() {
        return END;
    }
}
