/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The politeness scheduler: one queue per host (scheme, name and port), served one job at a time, with at least the
 * host's delay between the end of one request and the start of the next; hosts are served in parallel by a small
 * pool of named worker threads. A job may ask to run again after a pause (a retry after back-off, or after fetching
 * robots.txt). Thread-safe.
 */
final class HostQueues {
    /** A unit of work against one host, run on a worker thread. */
    interface Job {
        Outcome run();
    }

    /**
     * What a job did: whether it sent a request (only then the host's delay applies), whether it must run again,
     * and an extra pause before the host's next request (back-off).
     */
    record Outcome(boolean requested, boolean again, Duration pause) {
        static final Outcome DONE = new Outcome(true, false, Duration.ZERO);
        static final Outcome SKIPPED = new Outcome(false, false, Duration.ZERO);

        static Outcome retryAfter(Duration pause) {
            return new Outcome(true, true, pause);
        }
    }

    private static final class Host {
        final String key;
        final Deque<Job> queue = new ArrayDeque<>();
        long nextAllowed;
        boolean active;

        Host(String key) {
            this.key = key;
            this.nextAllowed = System.nanoTime(); // nanoTime's origin is arbitrary, possibly negative
        }
    }

    private final ScheduledThreadPoolExecutor pool;
    private final Function<String, Duration> delayFor;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean stopping;

    /** A scheduler whose hosts wait {@code delayFor.apply(hostKey)} between requests. */
    HostQueues(int threads, Function<String, Duration> delayFor) {
        this.delayFor = delayFor;
        this.pool = new ScheduledThreadPoolExecutor(threads, named());
        this.pool.setRemoveOnCancelPolicy(true);
    }

    /** Queues a job behind the host's other jobs; ignored once stopping. */
    void submit(String hostKey, Job job) {
        if (stopping) {
            return;
        }
        outstanding.incrementAndGet();
        Host h = hosts.computeIfAbsent(hostKey, Host::new);
        synchronized (h) {
            h.queue.addLast(job);
            if (!h.active) {
                h.active = true;
                schedule(h, h.nextAllowed - System.nanoTime());
            }
        }
    }

    /** Waits until every queued job has finished (including the jobs they queued), or the timeout passes. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (outstanding.get() > 0 && !stopping) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        }
        return outstanding.get() == 0;
    }

    /** Stops taking and starting jobs, waits up to {@code grace} for running ones, and ends the workers. */
    void stop(Duration grace) throws InterruptedException {
        stopping = true;
        synchronized (idle) {
            idle.notifyAll();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        pool.shutdownNow();
        pool.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    boolean stopping() {
        return stopping;
    }

    private void schedule(Host h, long delayNanos) {
        try {
            pool.schedule(() -> runNext(h), Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            h.active = false; // stopped meanwhile: the job stays unrun, as stop() promises
        }
    }

    private void runNext(Host h) {
        Job job;
        synchronized (h) {
            job = stopping ? null : h.queue.pollFirst();
            if (job == null) {
                h.active = false;
                return;
            }
            running.incrementAndGet();
        }
        Outcome o;
        try {
            o = job.run();
        } catch (RuntimeException e) {
            // a job reports its own failures; this is a bug, and the queue must go on
            o = Outcome.DONE;
            org.slf4j.LoggerFactory.getLogger(HostQueues.class).error("job for {} failed", h.key, e);
        } finally {
            running.decrementAndGet();
        }
        long now = System.nanoTime();
        synchronized (h) {
            if (o.requested()) {
                h.nextAllowed = now + delayFor.apply(h.key).toNanos() + o.pause().toNanos();
            }
            if (o.again() && !stopping) {
                h.queue.addFirst(job);
            } else {
                finished();
            }
            if (h.queue.isEmpty() || stopping) {
                h.active = false;
            } else {
                schedule(h, h.nextAllowed - now);
            }
        }
    }

    private void finished() {
        if (outstanding.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    private static ThreadFactory named() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "newsgraph-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
