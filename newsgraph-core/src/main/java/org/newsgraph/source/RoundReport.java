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

/**
 * The figures of one watch round.
 *
 * @param failureMessages the round's failure messages (the first 1,000 of the run)
 */
public record RoundReport(int round, long documents, long duplicates, long requests, long notModified, long retries,
        long failures, List<String> failureMessages, Duration elapsed) {
    public RoundReport {
        failureMessages = List.copyOf(failureMessages);
    }

    static RoundReport of(int round, SourceStats.Counts c, Duration elapsed) {
        return new RoundReport(round, c.documents(), c.duplicates(), c.requests(), c.notModified(), c.retries(),
                c.failures(), c.failureMessages(), elapsed);
    }

    public double documentsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : documents / s;
    }

    /** One line: round, new articles, rate, requests, 304s, failures. */
    public String summary() {
        return String.format(Locale.ROOT, "round %d: %d new articles (%d duplicates) in %.1f s, %.1f articles/s, "
                + "%d requests, %d not modified (304), %d retries, %d failed", round, documents, duplicates,
                elapsed.toNanos() / 1e9, documentsPerSecond(), requests, notModified, retries, failures);
    }
}
