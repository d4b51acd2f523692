/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running counts of a collection: requests, 304s, bytes, documents, duplicates, skips and failures. Thread-safe. */
final class SourceStats {
    private static final int MAX_FAILURES_KEPT = 1_000;

    final LongAdder requests = new LongAdder();
    final LongAdder notModified = new LongAdder();
    final LongAdder bytes = new LongAdder();
    final LongAdder retries = new LongAdder();
    final LongAdder documents = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();
    private final LongAdder failureCount = new LongAdder();
    private final List<String> failures = new ArrayList<>();

    void skip(String reason) {
        skipped.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    void fail(String message) {
        failureCount.increment();
        synchronized (failures) {
            if (failures.size() < MAX_FAILURES_KEPT) {
                failures.add(message);
            }
        }
    }

    /** A snapshot of the counts. */
    Counts counts() {
        Map<String, Long> s = new TreeMap<>();
        skipped.forEach((k, v) -> s.put(k, v.sum()));
        List<String> f;
        synchronized (failures) {
            f = List.copyOf(failures);
        }
        return new Counts(requests.sum(), notModified.sum(), bytes.sum(), retries.sum(), documents.sum(),
                duplicates.sum(), s, failureCount.sum(), f);
    }

    /**
     * Counts at one moment.
     *
     * @param failureMessages the first 1,000 failure messages, each naming its input
     */
    record Counts(long requests, long notModified, long bytes, long retries, long documents, long duplicates,
            Map<String, Long> skipped, long failures, List<String> failureMessages) {
        Counts {
            skipped = Map.copyOf(skipped);
            failureMessages = List.copyOf(failureMessages);
        }

        /** The counts accumulated since {@code before}. */
        Counts minus(Counts before) {
            Map<String, Long> s = new TreeMap<>(skipped);
            before.skipped.forEach((k, v) -> s.merge(k, -v, Long::sum));
            s.values().removeIf(v -> v == 0);
            List<String> f = failureMessages.subList(Math.min(before.failureMessages.size(), failureMessages.size()),
                    failureMessages.size());
            return new Counts(requests - before.requests, notModified - before.notModified, bytes - before.bytes,
                    retries - before.retries, documents - before.documents, duplicates - before.duplicates, s,
                    failures - before.failures, f);
        }
    }
}
