/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/**
 * One-shot collection ({@code newsgraph ingest URL|FILE…}): URLs of pages, feeds, sitemaps or OPML lists, and files
 * that are feeds, sitemaps, OPML or URL lists, WARC archives or web pages, collected politely and handed to the sink
 * once each. Other inputs ({@link InputKind#isSource()} false) are reported as failures: they belong to the store's
 * file readers. A bad input never stops the rest. Thread-safe; each {@link #collect} call has its own queues.
 */
public final class Collector {
    /** Files larger than this are not read whole (WARC files are streamed and exempt). */
    static final long MAX_FILE_BYTES = 64L << 20;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final SourceSettings settings;
    private final DocumentSink sink;
    private final AddressGuard guard;
    private final Clock clock;

    public Collector(SourceSettings settings, DocumentSink sink) {
        this(settings, sink, AddressGuard.standard(settings.allowPrivate()), Clock.systemUTC());
    }

    Collector(SourceSettings settings, DocumentSink sink, AddressGuard guard, Clock clock) {
        this.settings = settings;
        this.sink = sink;
        this.guard = guard;
        this.clock = clock;
    }

    /** Collects every input, reading all WARC records. */
    public CollectReport collect(List<String> inputs) throws InterruptedException {
        return collect(inputs, WarcFilter.ALL);
    }

    /** Collects every input; WARC files are read through {@code warcFilter}. Blocks until all is fetched. */
    public CollectReport collect(List<String> inputs, WarcFilter warcFilter) throws InterruptedException {
        return collect(inputs, warcFilter, report -> { });
    }

    /**
     * Collects every input, calling {@code progress} with the figures so far about once a second (from the calling
     * thread, for a progress bar) while pages are being fetched.
     */
    public CollectReport collect(List<String> inputs, WarcFilter warcFilter, Consumer<CollectReport> progress)
            throws InterruptedException {
        long start = System.nanoTime();
        CrawlSession session = new CrawlSession(settings, sink, guard, clock);
        // archives are read on their own thread while the network work goes on, and the progress keeps moving
        ExecutorService archives = Executors.newSingleThreadExecutor(r -> new Thread(r, "newsgraph-warc"));
        try {
            for (String input : inputs) {
                if (InputKind.of(input) == InputKind.WARC) {
                    archives.execute(() -> new WarcSource(settings).read(Path.of(input), warcFilter,
                            session.documents, session.stats));
                } else {
                    start(session, input);
                }
            }
            archives.shutdown();
            while (!session.awaitIdle(PROGRESS_EVERY)
                    || !archives.awaitTermination(PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                progress.accept(CollectReport.of(session.stats.counts(), Duration.ofNanos(System.nanoTime() - start)));
            }
        } finally {
            archives.shutdownNow();
            session.stop(STOP_GRACE);
        }
        return CollectReport.of(session.stats.counts(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void start(CrawlSession session, String input) {
        InputKind kind = InputKind.of(input);
        try {
            switch (kind) {
                case URL -> session.fetchUrl(input.trim());
                case FEED -> session.handleFeedFile(input, read(input));
                case SITEMAP -> session.handleSitemapFile(input, read(input));
                case OPML -> FeedList.parse(input, read(input)).forEach(f -> session.pollFeed(
                        new FeedState(f, settings.seenPerFeed())));
                case URL_LIST -> FeedList.parse(input, read(input)).forEach(f -> session.fetchUrl(f.url()));
                case PAGE -> session.documents.offer(RawDocument.ofFile(input, read(input)), InputHints.NONE);
                case MISSING -> session.stats.fail(input + ": no such file or URL");
                default -> session.stats.fail(input + ": not a feed, sitemap, WARC, OPML, URL list or web page");
            }
        } catch (BadInputException e) {
            session.stats.fail(e.getMessage());
        } catch (IOException e) {
            session.stats.fail(input + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static byte[] read(String input) throws IOException, BadInputException {
        Path p = Path.of(input);
        if (Files.size(p) > MAX_FILE_BYTES) {
            throw new BadInputException(input, "larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        return Files.readAllBytes(p);
    }
}
