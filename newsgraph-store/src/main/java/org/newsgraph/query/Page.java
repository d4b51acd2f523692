/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.List;

/**
 * One page of a list in a fixed, total order (pages neither repeat nor skip rows).
 *
 * @param items  the rows of this page
 * @param total  rows matching in all, across pages
 * @param offset rows skipped before this page
 * @param limit  the page size asked for
 * @param <T>    the row record
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    /** A list that is all of its rows. */
    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, items.size(), 0, items.size());
    }
}
