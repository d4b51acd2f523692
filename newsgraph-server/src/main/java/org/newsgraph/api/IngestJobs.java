/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.CollectReport;
import org.newsgraph.source.Collector;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.query.StoreReader;
import org.newsgraph.store.Store;

/**
 * Ingest by URL in the background, one job at a time: the pages, feeds or sitemaps are fetched politely by the
 * {@link Collector} (public addresses only, unless the settings allow private ones), analysed and stored; the
 * searcher is then reopened (the ingester brought the derived tables up to date). Jobs are kept in memory for their
 * status. Thread-safe.
 */
final class IngestJobs implements AutoCloseable {
    static final int MAX_URLS = 20;
    private final Store store;
    private final Supplier<Pipeline> pipeline;
    private final SourceSettings settings;
    private final StoreReader reader;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-api-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Map<String, Object>> jobs = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    IngestJobs(Store store, Supplier<Pipeline> pipeline, SourceSettings settings, StoreReader reader) {
        this.store = store;
        this.pipeline = pipeline;
        this.settings = settings;
        this.reader = reader;
    }

    /** Starts a job, or refuses with 409 while one runs. */
    synchronized Map<String, Object> start(List<String> urls) {
        if (jobs.values().stream().anyMatch(j -> "running".equals(j.get("status")))) {
            throw new ApiException(409, "busy", "an ingest job is running; wait for it to finish");
        }
        String id = "j" + next.incrementAndGet();
        Map<String, Object> job = new ConcurrentHashMap<>();
        job.put("id", id);
        job.put("status", "running");
        job.put("urls", List.copyOf(urls));
        job.put("started", Instant.now().toString());
        jobs.put(id, job);
        worker.execute(() -> run(job, urls));
        return new LinkedHashMap<>(job);
    }

    Map<String, Object> get(String id) {
        Map<String, Object> job = jobs.get(id);
        if (job == null) {
            throw ApiException.notFound("ingest job '" + id + "'");
        }
        return new LinkedHashMap<>(job);
    }

    private void run(Map<String, Object> job, List<String> urls) {
        try (Ingester ingester = new Ingester(store, pipeline.get(), new Ingester.Options(1, 8))) {
            CollectReport fetched = new Collector(settings, ingester).collect(urls);
            IngestSummary s = ingester.finish();
            reader.reopen();
            job.put("fetched", fetched.documents());
            job.put("fetch_failures", fetched.failureMessages());
            job.put("stored", s.stored());
            job.put("duplicates", s.duplicates());
            job.put("failed", s.failed());
            job.put("failures", s.failures().stream().map(f -> f.input() + ": " + f.reason()).toList());
            job.put("status", "done");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.put("status", "failed");
            job.put("error", "interrupted");
        } catch (Exception | LinkageError e) {
            job.put("status", "failed");
            job.put("error", String.valueOf(e.getMessage()));
        } finally {
            job.put("finished", Instant.now().toString());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
