/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * An event's date as a reader expects it: a day, a month or a year, with its precision; never a raw TIMEX3 value.
 * A week, a quarter or a season becomes the month or year that contains it ("2023-W36" is September 2023, "2024-FA"
 * is 2024); a span that no single year contains has no date.
 *
 * @param start     first day of the date (the day, the month's first day, 1 January)
 * @param end       last day, inclusive
 * @param precision how precise it is
 */
public record EventDate(LocalDate start, LocalDate end, Precision precision) {
    /** How precise a date is. */
    public enum Precision {
        DAY, MONTH, YEAR;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The date a TIMEX3 value gives, or empty for durations, references, partial values and spans over a year. */
    public static Optional<EventDate> of(String timex) {
        return TimeSpan.parse(timex).flatMap(EventDate::of);
    }

    /** The smallest day, month or year that holds the span. */
    public static Optional<EventDate> of(TimeSpan span) {
        LocalDate s = span.start();
        LocalDate e = span.end();
        if (s.equals(e)) {
            return Optional.of(new EventDate(s, s, Precision.DAY));
        }
        if (YearMonth.from(s).equals(YearMonth.from(e))) {
            YearMonth m = YearMonth.from(s);
            return Optional.of(new EventDate(m.atDay(1), m.atEndOfMonth(), Precision.MONTH));
        }
        if (s.getYear() == e.getYear()) {
            return Optional.of(new EventDate(LocalDate.of(s.getYear(), 1, 1), LocalDate.of(s.getYear(), 12, 31),
                    Precision.YEAR));
        }
        return Optional.empty();
    }

    /** "2023-09-13", "2023-09" or "2023". */
    public String text() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
        };
    }
}
