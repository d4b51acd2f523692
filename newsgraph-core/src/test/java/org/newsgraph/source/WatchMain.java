/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A watcher in its own JVM for the SIGTERM test: {@code WatchMain STORE FEEDS HOST_DELAY_MS}. Every document handed
 * on is appended to {@code STORE/handed.txt}; the shutdown hook is the one {@code newsgraph watch} installs.
 */
public final class WatchMain {
    private WatchMain() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path handed = store.resolve("handed.txt");
        SourceSettings s = CollectorIT.TEST.toBuilder().hostDelay(Duration.ofMillis(Long.parseLong(args[2]))).build();
        Watcher w = new Watcher(s, FeedList.read(Path.of(args[1])), store, (doc, hints) -> {
            try {
                Files.writeString(handed, doc.url() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Runtime.getRuntime().addShutdownHook(w.shutdownHook());
        w.run(Duration.ofHours(1), round -> System.out.println(round.summary()));
    }
}
