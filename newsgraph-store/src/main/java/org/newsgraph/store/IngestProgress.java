/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

/**
 * A snapshot of a running ingest, for progress display.
 *
 * @param accepted   documents handed over so far
 * @param stored     articles stored
 * @param duplicates documents skipped as already stored
 * @param failed     documents that failed
 * @param tokens     tokens of the stored articles
 */
public record IngestProgress(long accepted, long stored, long duplicates, long failed, long tokens) {
    /** Documents finished one way or another. */
    public long done() {
        return stored + duplicates + failed;
    }
}
