/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An event's date is a day, a month or a year: TIMEX3 weeks, seasons and times of day become one of them. */
class EventDateTest {
    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
        "2023-09-13, 2023-09-13, day",
        "2024-05-23TMO, 2024-05-23, day",
        "2023-09-11T10:00, 2023-09-11, day",
        "2023-W36, 2023-09, month",
        "2023-09, 2023-09, month",
        "2024-FA, 2024, year",
        "2023-Q3, 2023, year",
        "2023-W35, 2023, year",
        "2015, 2015, year"})
    void readsAsADayMonthOrYear(String timex, String text, String precision) {
        EventDate d = EventDate.of(timex).orElseThrow();
        assertEquals(text, d.text());
        assertEquals(precision, d.precision().wireName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1Y", "PAST_REF", "XXXX-09", "2023-WI", "", "2023-02-30"})
    void hasNoDateWhenTheValueIsNoneOrSpansYears(String timex) {
        assertTrue(EventDate.of(timex).isEmpty(), timex);
    }
}
