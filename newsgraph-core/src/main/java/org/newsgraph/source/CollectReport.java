/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a collection: documents handed to the sink, duplicates dropped, skips by reason, failures with
 * their messages (each naming its input), and the traffic it took.
 *
 * @param failureMessages the first 1,000 failure messages
 */
public record CollectReport(long documents, long duplicates, Map<String, Long> skipped, long failures,
        List<String> failureMessages, long requests, long notModified, long retries, long bytes, Duration elapsed) {
    public CollectReport {
        skipped = Map.copyOf(skipped);
        failureMessages = List.copyOf(failureMessages);
    }

    static CollectReport of(SourceStats.Counts c, Duration elapsed) {
        return new CollectReport(c.documents(), c.duplicates(), c.skipped(), c.failures(), c.failureMessages(),
                c.requests(), c.notModified(), c.retries(), c.bytes(), elapsed);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Documents handed on per second of wall-clock time. */
    public double documentsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : documents / s;
    }

    /** One line of figures: documents, duplicates, skips, failures, rate, requests, 304s. */
    public String summary() {
        return String.format(Locale.ROOT, "collected %d documents (%d duplicates, %d skipped, %d failed) in %.1f s: "
                + "%.1f articles/s, %d requests, %d not modified (304), %d retries, %.1f MiB", documents, duplicates,
                skippedTotal(), failures, elapsed.toNanos() / 1e9, documentsPerSecond(), requests, notModified,
                retries, bytes / 1048576.0);
    }
}
