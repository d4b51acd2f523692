/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The contract's bench summary line: space-separated {@code key=value} pairs starting with {@code bench=TASK}. Values
 * must not contain spaces; numbers are printed with a fixed number of decimals and a full stop.
 */
public final class SummaryLine {
    private final Map<String, String> pairs = new LinkedHashMap<>();

    public SummaryLine(String task) {
        pairs.put("bench", task);
    }

    public SummaryLine put(String key, String value) {
        if (value.indexOf(' ') >= 0 || key.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("summary values must not contain spaces: " + key + "=" + value);
        }
        pairs.put(key, value);
        return this;
    }

    public SummaryLine put(String key, long value) {
        return put(key, Long.toString(value));
    }

    /** A ratio with three decimals (F1, precision, recall). */
    public SummaryLine ratio(String key, double value) {
        return put(key, String.format(Locale.ROOT, "%.3f", value));
    }

    /** A rate with one decimal (docs per second). */
    public SummaryLine rate(String key, double value) {
        return put(key, String.format(Locale.ROOT, "%.1f", value));
    }

    public String get(String key) {
        return pairs.get(key);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        pairs.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }
}
