/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeSpanTest {
    @Test
    void parsesTheTimex3DateShapes() {
        assertEquals(new TimeSpan(LocalDate.of(2023, 9, 11), LocalDate.of(2023, 9, 11), TimeSpan.Granularity.DAY),
                TimeSpan.parse("2023-09-11T10:30").orElseThrow());
        assertEquals(new TimeSpan(LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 10), TimeSpan.Granularity.WEEK),
                TimeSpan.parse("2023-W36").orElseThrow());
        assertEquals(LocalDate.of(2024, 2, 29), TimeSpan.parse("2024-02").orElseThrow().end());
        assertEquals(LocalDate.of(2023, 7, 1), TimeSpan.parse("2023-Q3").orElseThrow().start());
        assertEquals(LocalDate.of(2019, 12, 31), TimeSpan.parse("2019").orElseThrow().end());
        assertEquals("2023-W36", TimeSpan.parse("2023-W36").orElseThrow().value());
    }

    @Test
    void durationsReferencesAndImpossibleDatesAreNoSpan() {
        assertTrue(TimeSpan.parse("P5Y").isEmpty());
        assertTrue(TimeSpan.parse("PAST_REF").isEmpty());
        assertTrue(TimeSpan.parse("XXXX-09-11").isEmpty());
        assertTrue(TimeSpan.parse("2023-02-30").isEmpty());
        assertTrue(TimeSpan.parse(null).isEmpty());
    }

    @Test
    void slackAppliesToDaysButNotToMonths() {
        TimeSpan mon = TimeSpan.parse("2023-09-11").orElseThrow();
        TimeSpan tue = TimeSpan.parse("2023-09-12").orElseThrow();
        TimeSpan thu = TimeSpan.parse("2023-09-14").orElseThrow();
        assertTrue(mon.overlaps(tue, 1));
        assertFalse(mon.overlaps(thu, 1));
        assertTrue(TimeSpan.parse("2023-09").orElseThrow().overlaps(thu, 0));
        assertFalse(TimeSpan.parse("2023-08").orElseThrow().overlaps(TimeSpan.parse("2023-09-01").orElseThrow(), 0));
    }
}
