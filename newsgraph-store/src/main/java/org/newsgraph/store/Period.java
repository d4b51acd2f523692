/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.util.Locale;

/** The periods relations are counted in; week labels follow ISO 8601 ("2023-W36"). */
public enum Period {
    DAY("%Y-%m-%d"), WEEK("%G-W%V"), MONTH("%Y-%m");

    private final String format;

    Period(String format) {
        this.format = format;
    }

    /** The SQL expression that labels the period of a date column. */
    String label(String column) {
        return "strftime(" + column + ", '" + format + "')";
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
