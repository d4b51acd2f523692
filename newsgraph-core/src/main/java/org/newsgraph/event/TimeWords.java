/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Locale;
import java.util.Set;

/** Names of days and months in German and English, which the parser sometimes takes for the head of a name. */
final class TimeWords {
    private static final Set<String> DAYS = Words.of("weekdays");
    private static final Set<String> MONTHS = Words.of("months");

    private TimeWords() {}

    /** A weekday name. */
    static boolean isDay(String word) {
        return DAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isDayOrMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return DAYS.contains(w) || MONTHS.contains(w);
    }
}
