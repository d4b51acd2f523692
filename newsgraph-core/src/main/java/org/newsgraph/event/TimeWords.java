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
    private static final Set<String> WORDS = Set.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonnabend", "sonntag", "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "dezember", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "may", "june", "july", "october",
            "december");

    private TimeWords() {}

    private static final Set<String> DAYS = Set.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
            "sonnabend", "sonntag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** A weekday name. */
    static boolean isDay(String word) {
        return DAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isDayOrMonth(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
