/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsgraph.error.NewsgraphException;

/**
 * The long-running collector behind {@code newsgraph watch}: polls every feed of its list in rounds, hands new
 * articles to the sink, and keeps its state under {@code <store>/sources/} (checkpointed during and after each
 * round), so a restart neither fetches again what it handed on nor loses the pages it had found. {@link #stop()}
 * (from a SIGTERM shutdown hook, {@link #shutdownHook()}) lets running requests finish, saves the pages still queued,
 * and ends {@link #run}. Rounds run on one thread at a time.
 */
public final class Watcher {
    private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(30);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration POLL_SLICE = Duration.ofMillis(100);

    private final SourceSettings settings;
    private final List<FeedRef> feeds;
    private final Path storeDir;
    private final DocumentSink sink;
    private final AddressGuard guard;
    private final Clock clock;
    private final Map<String, FeedState> states = new LinkedHashMap<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Object sleeper = new Object();
    private CrawlSession session;
    private List<PageRequest> resume = List.of();
    private volatile boolean stopped;
    private int round;

    public Watcher(SourceSettings settings, List<FeedRef> feeds, Path storeDir, DocumentSink sink) {
        this(settings, feeds, storeDir, sink, AddressGuard.standard(settings.allowPrivate()), Clock.systemUTC());
    }

    Watcher(SourceSettings settings, List<FeedRef> feeds, Path storeDir, DocumentSink sink, AddressGuard guard,
            Clock clock) {
        this.settings = settings;
        this.feeds = List.copyOf(feeds);
        this.storeDir = storeDir;
        this.sink = sink;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * One polling round: the pages left pending by the last run first, then every feed; returns when all is fetched
     * (or {@link #stop()} was called), after saving the state.
     */
    public synchronized RoundReport runRound() throws InterruptedException, NewsgraphException {
        open();
        round++;
        long start = System.nanoTime();
        SourceStats.Counts before = session.stats.counts();
        resume.forEach(session::fetchPage);
        resume = List.of();
        for (FeedState f : states.values()) {
            session.pollFeed(f);
        }
        long lastCheckpoint = System.nanoTime();
        while (!session.awaitIdle(POLL_SLICE) && !stopped) {
            if (System.nanoTime() - lastCheckpoint > CHECKPOINT_EVERY.toNanos()) {
                checkpoint();
                lastCheckpoint = System.nanoTime();
            }
        }
        if (!stopped) {
            checkpoint();
        }
        return RoundReport.of(round, session.stats.counts().minus(before), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Runs rounds, {@code interval} apart, until {@link #stop()}; then finishes running requests and saves the state.
     *
     * @param onRound called with each round's figures
     */
    public void run(Duration interval, Consumer<RoundReport> onRound) throws InterruptedException, NewsgraphException {
        try {
            while (!stopped) {
                onRound.accept(runRound());
                synchronized (sleeper) {
                    if (!stopped) {
                        TimeUnit.NANOSECONDS.timedWait(sleeper, interval.toNanos());
                    }
                }
            }
        } finally {
            try {
                close();
            } finally {
                finished.countDown();
            }
        }
    }

    /** Asks {@link #run} to end: no new requests start, running ones finish, the state is saved. Any thread. */
    public void stop() {
        stopped = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    /** Waits until {@link #run} has ended and saved its state. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A JVM shutdown hook (SIGTERM, Ctrl-C) that stops the watcher and waits for its state to be saved. */
    public Thread shutdownHook() {
        return shutdownHook(finished);
    }

    /**
     * A shutdown hook that stops the watcher and then waits for {@code released}: the caller counts it down once it
     * has also closed what it owns (the store), since the JVM halts as soon as the hooks return.
     */
    public Thread shutdownHook(CountDownLatch released) {
        return new Thread(() -> {
            stop();
            try {
                released.await(STOP_GRACE.plusSeconds(50).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsgraph-watch-shutdown");
    }

    /** Stops the queues, letting running requests finish, and saves the state with the pages still pending. */
    public synchronized void close() throws InterruptedException, NewsgraphException {
        if (session == null) {
            return;
        }
        session.stop(STOP_GRACE);
        checkpoint();
        session = null;
    }

    /** Each feed's health now, in list order. */
    public List<FeedHealth> health() {
        List<FeedHealth> out = new ArrayList<>();
        states.values().forEach(f -> out.add(f.health(clock.instant(), settings)));
        return out;
    }

    private void open() throws NewsgraphException {
        if (session != null) {
            return;
        }
        WatchState saved = StateFile.read(storeDir).orElse(WatchState.EMPTY);
        Map<String, FeedState.Snapshot> byUrl = new LinkedHashMap<>();
        saved.feeds().forEach(s -> byUrl.put(s.url(), s));
        states.clear();
        for (FeedRef f : feeds) {
            FeedState.Snapshot s = byUrl.get(f.url());
            states.put(f.url(), s == null ? new FeedState(f, settings.seenPerFeed())
                    : FeedState.restore(s, settings.seenPerFeed()));
        }
        session = new CrawlSession(settings, sink, guard, clock);
        session.documents.restore(saved.seenUrls(), saved.seenHashes());
        resume = saved.pending();
    }

    /** Saves feeds, then pending pages, then what was handed on: in this order no page can fall between them. */
    private void checkpoint() throws NewsgraphException {
        List<FeedState.Snapshot> feedSnapshots = new ArrayList<>();
        states.values().forEach(f -> feedSnapshots.add(f.snapshot()));
        List<PageRequest> pending = new ArrayList<>(session.pending());
        pending.addAll(resume);
        StateFile.write(storeDir, new WatchState(feedSnapshots, session.documents.urls(), session.documents.hashes(),
                pending));
    }
}
