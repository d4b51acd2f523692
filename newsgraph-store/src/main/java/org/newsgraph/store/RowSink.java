/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

/**
 * Receives table rows as the store computes them, values in the table's column order ({@link Schema#columns}):
 * {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code java.time.LocalDate},
 * {@code byte[]} or {@code null}. The embedded store buffers them for DuckDB; the Spark job turns them into Parquet
 * rows, so both hosts write the same rows from one implementation.
 */
@FunctionalInterface
public interface RowSink {
    void row(String table, Object... values);
}
