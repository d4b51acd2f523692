/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.util.List;

/**
 * How an ingest went.
 *
 * @param stored     articles stored
 * @param duplicates documents skipped because their article was already stored (same canonical URL or text)
 * @param failed     documents that could not be analysed
 * @param failures   the first {@link Ingester#MAX_FAILURES_KEPT} failures with their reasons
 * @param tokens     tokens analysed in the stored articles
 * @param seconds    wall-clock time from the first document to the end
 * @param counts     the store's row counts afterwards
 */
public record IngestSummary(long stored, long duplicates, long failed, List<Failure> failures, long tokens,
        double seconds, StoreCounts counts) {
    /** One document that failed, and why. */
    public record Failure(String input, String reason) {}

    public IngestSummary {
        failures = List.copyOf(failures);
    }
}
