/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParsingTest {
    private static final LocalDate DAY = LocalDate.of(2023, 9, 11);

    @Test
    void machineReadableValues() {
        assertEquals(DAY, DateParsing.parseValue("2023-09-11"));
        assertEquals(DAY, DateParsing.parseValue("2023-09-11T23:30:00-05:00"));
        assertEquals(DAY, DateParsing.parseValue("20230911"));
        assertEquals(DAY, DateParsing.parseValue("2023/09/11 08:00"));
        assertEquals(DAY, DateParsing.parseValue("Mon, 11 Sep 2023 10:00:00 GMT"));
    }

    @Test
    void germanFormats() {
        assertEquals(DAY, DateParsing.parseText("Stand: 11.09.2023, 14:05 Uhr"));
        assertEquals(DAY, DateParsing.parseText("Veröffentlicht am 11. September 2023"));
        assertEquals(DAY, DateParsing.parseText("11. Sept. 2023"));
        assertEquals(LocalDate.of(2023, 3, 2), DateParsing.parseText("2. März 2023"));
        assertEquals(LocalDate.of(2022, 1, 5), DateParsing.parseText("5. Jänner 2022"));
        assertEquals(LocalDate.of(2022, 2, 4), DateParsing.parseText("Von Redaktion 4.\u00a02.\u00a02022."));
    }

    @Test
    void englishFormats() {
        assertEquals(DAY, DateParsing.parseText("Published September 11, 2023 at 9:00 am"));
        assertEquals(DAY, DateParsing.parseText("11th September 2023"));
        assertEquals(DAY, DateParsing.parseText("Sep. 11, 2023"));
        assertEquals(DAY, DateParsing.parseText("Updated 09/11/2023"));
    }

    @Test
    void frenchMonthsDayFirstSlashesAndShortYearsWhereAPageShowsItsDate() {
        assertEquals(LocalDate.of(2019, 6, 27), DateParsing.parseText("jeudi 27 juin 2019, par loldf"));
        assertEquals(LocalDate.of(2018, 9, 11), DateParsing.parseText("Le 11 septembre 2018 à 12:57"));
        assertEquals(LocalDate.of(2022, 2, 17), DateParsing.parseText("Familie 17/02/2022"));
        assertEquals(LocalDate.of(2022, 1, 28), DateParsing.parseShown("28.01.22 / 0 Kommentare"));
        assertEquals(LocalDate.of(2012, 5, 8), DateParsing.parseShown("von Klaus-Peter Schöppner, 8.5.12"));
        assertNull(DateParsing.parseText("Version 8.5.12"));
    }

    @Test
    void implausibleDaysAreRefused() {
        assertNull(DateParsing.parseText("31.02.2023"));
        assertNull(DateParsing.parseText("1. Januar 1950"));
        assertNull(DateParsing.parseValue("2999-01-01"));
        assertNull(DateParsing.parseText("no date here, only 2023"));
    }

    @Test
    void theFirstDateInTheTextWins() {
        assertEquals(LocalDate.of(2021, 4, 1), DateParsing.parseText("1. April 2021, aktualisiert 3. Mai 2021"));
    }
}
