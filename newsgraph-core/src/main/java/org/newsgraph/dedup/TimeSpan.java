/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 value covers: "2023-09-11" one day, "2023-W36" a week, "2023-09" a month, "2023-Q3" a quarter,
 * "2023-SU" a season, "2023" a year. Times of day ("2023-09-11T10:00") count as their day.
 *
 * @param start       first day
 * @param end         last day (inclusive)
 * @param granularity how precise the value is
 */
public record TimeSpan(LocalDate start, LocalDate end, Granularity granularity) {
    /** How precise a time is, from the most precise. */
    public enum Granularity { DAY, WEEK, MONTH, QUARTER, YEAR }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The span of a TIMEX3 date value; empty for durations, references ("PAST_REF") and partial values ("XXXX-09"). */
    public static Optional<TimeSpan> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            Matcher m = DAY.matcher(v);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new TimeSpan(d, d, Granularity.DAY));
            }
            m = WEEK.matcher(v);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(DayOfWeek.MONDAY);
                return Optional.of(new TimeSpan(monday, monday.plusDays(6), Granularity.WEEK));
            }
            m = MONTH.matcher(v);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(new TimeSpan(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
            }
            m = QUARTER.matcher(v);
            if (m.matches()) {
                return Optional.of(part(num(m, 1), m.group(2)));
            }
            m = YEAR.matcher(v);
            if (m.matches()) {
                int y = num(m, 1);
                return Optional.of(new TimeSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "2023-02-30" and the like: not a date
        }
        return Optional.empty();
    }

    /** A single day. */
    public static TimeSpan ofDay(LocalDate day) {
        return new TimeSpan(day, day, Granularity.DAY);
    }

    /** True when the two spans, each widened by {@code slackDays} days at both ends when day- or week-precise, meet. */
    public boolean overlaps(TimeSpan other, int slackDays) {
        LocalDate s1 = granularity.compareTo(Granularity.WEEK) <= 0 ? start.minusDays(slackDays) : start;
        LocalDate e1 = granularity.compareTo(Granularity.WEEK) <= 0 ? end.plusDays(slackDays) : end;
        LocalDate s2 = other.granularity.compareTo(Granularity.WEEK) <= 0 ? other.start.minusDays(slackDays)
                : other.start;
        LocalDate e2 = other.granularity.compareTo(Granularity.WEEK) <= 0 ? other.end.plusDays(slackDays) : other.end;
        return !s1.isAfter(e2) && !s2.isAfter(e1);
    }

    private static TimeSpan part(int year, String p) {
        return switch (p) {
            case "Q1" -> span(year, 1, 3, Granularity.QUARTER);
            case "Q2" -> span(year, 4, 6, Granularity.QUARTER);
            case "Q3" -> span(year, 7, 9, Granularity.QUARTER);
            case "Q4" -> span(year, 10, 12, Granularity.QUARTER);
            case "H1" -> span(year, 1, 6, Granularity.YEAR);
            case "H2" -> span(year, 7, 12, Granularity.YEAR);
            case "SP" -> span(year, 3, 5, Granularity.QUARTER);
            case "SU" -> span(year, 6, 8, Granularity.QUARTER);
            case "FA" -> span(year, 9, 11, Granularity.QUARTER);
            default -> new TimeSpan(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 2, 1).minusDays(1),
                    Granularity.QUARTER); // winter: December to February
        };
    }

    private static TimeSpan span(int year, int fromMonth, int toMonth, Granularity g) {
        return new TimeSpan(LocalDate.of(year, fromMonth, 1), YearMonth.of(year, toMonth).atEndOfMonth(), g);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The value in TIMEX3 spelling at this span's precision ("2023-09-11", "2023-W36", "2023-09", "2023"). */
    public String value() {
        return switch (granularity) {
            case DAY -> start.toString();
            case WEEK -> String.format(java.util.Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
