/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import java.util.List;

/**
 * One page of a list: named columns and rows of plain values (strings, numbers, booleans, nulls, and for JSON
 * nested lists or maps). Every list endpoint answers with a table, so that each is also available as CSV.
 *
 * @param columns column names, in order
 * @param rows    the rows, each as long as {@code columns}
 * @param total   rows matching in all, across pages
 * @param offset  rows skipped before this page
 * @param limit   the page size asked for
 */
public record Table(List<String> columns, List<List<Object>> rows, long total, int offset, int limit) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A table that is all of its rows (no paging). */
    public static Table whole(List<String> columns, List<List<Object>> rows) {
        return new Table(columns, rows, rows.size(), 0, rows.size());
    }
}
