/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Language;
import org.newsgraph.model.TestTexts;
import org.newsgraph.model.Timex;

class TimexRulesTest {
    private static final LocalDate MONDAY = LocalDate.of(2023, 9, 11);

    private static Timex at(AnnotatedText t, String text, String type, String value) {
        int start = t.text().text().indexOf(text);
        return new Timex(t.sentenceAt(start), start, start + text.length(), text, type, value, "heideltime:test");
    }

    @Test
    void agoDurationsBecomeDatesAtTheirGranularity() {
        AnnotatedText t = TestTexts.annotated("Schon vor einem Jahr war es so.\nVor fünf Jahren kam es anders.\n"
                + "It happened three weeks ago.", Language.GERMAN, MONDAY);
        List<Timex> out = TimexRules.apply(t, List.of(at(t, "einem Jahr", "DURATION", "P1Y"),
                at(t, "fünf Jahren", "DURATION", "P5Y"), at(t, "three weeks", "DURATION", "P3W")), MONDAY);
        assertEquals("vor einem Jahr", out.get(0).text());
        assertEquals("2022", out.get(0).value());
        assertEquals("DATE", out.get(0).type());
        assertEquals("Vor fünf Jahren", out.get(1).text());
        assertEquals("2018", out.get(1).value());
        assertEquals("three weeks ago", out.get(2).text());
        assertEquals("2023-W34", out.get(2).value());
    }

    @Test
    void aDurationWithoutAgoStaysADuration() {
        AnnotatedText t = TestTexts.annotated("Der Krieg dauert seit fünf Jahren.", Language.GERMAN, MONDAY);
        Timex d = at(t, "fünf Jahren", "DURATION", "P5Y");
        assertEquals(d, TimexRules.apply(t, List.of(d), MONDAY).get(0));
    }

    @Test
    void weekdaysFollowTheirDirectionCue() {
        AnnotatedText t = TestTexts.annotated("Das Forum dauert bis Mittwoch.\nThey meet next Monday.\n"
                + "Er kam vergangenen Freitag.", Language.GERMAN, MONDAY);
        List<Timex> out = TimexRules.apply(t, List.of(at(t, "Mittwoch", "DATE", "2023-09-06"),
                at(t, "Monday", "DATE", "2023-09-11"), at(t, "Freitag", "DATE", "2023-09-15")), MONDAY);
        assertEquals("2023-09-13", out.get(0).value());
        assertEquals("2023-09-18", out.get(1).value());
        assertEquals("2023-09-08", out.get(2).value());
    }

    @Test
    void bareWeekdaysInSentencesAboutTheFutureLieAhead() {
        LocalDate saturday = LocalDate.of(2025, 8, 16);
        AnnotatedText t = TestTexts.annotated("Zelensky will travel to Washington on Monday.\n"
                + "He said he would meet Trump at the White House on Tuesday.\nThey met on Friday.\n"
                + "The cuts are to take effect on Wednesday.", Language.ENGLISH, saturday);
        List<Timex> out = TimexRules.apply(t, List.of(at(t, "Monday", "DATE", "2025-08-11"),
                at(t, "Tuesday", "DATE", "2025-08-12"), at(t, "Friday", "DATE", "2025-08-15"),
                at(t, "Wednesday", "DATE", "2025-08-13")), saturday);
        assertEquals("2025-08-20", out.get(3).value());
        assertEquals("2025-08-18", out.get(0).value());
        assertEquals("rule:weekday-tense", out.get(0).method());
        assertEquals("2025-08-19", out.get(1).value());
        assertEquals("2025-08-15", out.get(2).value());
        AnnotatedText de = TestTexts.annotated("Der Gipfel soll am Donnerstag beginnen.", Language.GERMAN, saturday);
        assertEquals("2025-08-21", TimexRules.apply(de, List.of(at(de, "Donnerstag", "DATE", "2025-08-14")),
                saturday).get(0).value());
    }

    @Test
    void comingDaysAreAFutureReference() {
        AnnotatedText t = TestTexts.annotated("Bereits in den kommenden Tagen soll es so weit sein.\n"
                + "A deal is expected in the coming weeks.", Language.GERMAN, MONDAY);
        List<Timex> out = TimexRules.apply(t, List.of(), MONDAY);
        assertEquals(2, out.size());
        assertEquals("in den kommenden Tagen", out.get(0).text());
        assertEquals("FUTURE_REF", out.get(0).value());
        assertEquals("FUTURE_REF", out.get(1).value());
    }

    @Test
    void theWeekendTakesItsDirectionFromTense() {
        AnnotatedText t = TestTexts.annotated("Die Parade war am Wochenende.\nDie Parade ist am Wochenende.",
                Language.GERMAN, MONDAY);
        List<Timex> out = TimexRules.apply(t, List.of(), MONDAY);
        assertEquals("2023-W36-WE", out.get(0).value());
        assertEquals("2023-W37-WE", out.get(1).value());
    }

    @Test
    void nothingRelativeIsResolvedWithoutAReferenceDate() {
        AnnotatedText t = TestTexts.annotated("Vor fünf Jahren kam es anders.", Language.GERMAN, null);
        Timex d = at(t, "fünf Jahren", "DURATION", "P5Y");
        assertEquals(List.of(d), TimexRules.apply(t, List.of(d), null));
    }

    @Test
    void aMonthAndDayWithoutAYearTakeTheYearTheirTenseSays() {
        LocalDate january = LocalDate.of(2020, 1, 9);
        AnnotatedText t = TestTexts.annotated("The talks ended on December 30.\n"
                + "The court will rule on November 27.\nThe deadline is March 2.\n"
                + "Sie hatten sich im Dezember getroffen.", Language.ENGLISH, january);
        List<Timex> out = TimexRules.apply(t, List.of(at(t, "December 30", "DATE", "2020-12-30"),
                at(t, "November 27", "DATE", "2020-11-27"), at(t, "March 2", "DATE", "2020-03-02"),
                at(t, "Dezember", "DATE", "2020-12")), january);
        assertEquals("2019-12-30", out.get(0).value());
        assertEquals("rule:year-of-month-day", out.get(0).method());
        assertEquals("2020-11-27", out.get(1).value());
        assertEquals("2020-03-02", out.get(2).value());
        assertEquals("2019-12", out.get(3).value());
    }

    @Test
    void theTenseOfTheTimexsOwnClauseDecides() {
        LocalDate january = LocalDate.of(2020, 1, 9);
        AnnotatedText t = TestTexts.annotated("He said on December 30 that he would resign.", Language.ENGLISH,
                january);
        assertEquals("2019-12-30", TimexRules.apply(t, List.of(at(t, "December 30", "DATE", "2020-12-30")), january)
                .get(0).value());
    }

    @Test
    void anExplicitYearIsKept() {
        LocalDate january = LocalDate.of(2020, 1, 9);
        AnnotatedText t = TestTexts.annotated("They met on December 30, 2020 in Oslo.", Language.ENGLISH, january);
        assertEquals("2020-12-30", TimexRules.apply(t, List.of(at(t, "December 30, 2020", "DATE", "2020-12-30")),
                january).get(0).value());
    }

    @Test
    void withoutAPublicationDateOnlyDatesWithTheirYearKeepAValue() {
        AnnotatedText t = TestTexts.annotated("In 2011 Canada imposed sanctions.\nOn Monday the minister resigned.",
                Language.ENGLISH, null);
        List<Timex> out = TimexRules.apply(t, List.of(at(t, "2011", "DATE", "2011"), at(t, "Monday", "DATE",
                "2011-05-02")), null);
        assertEquals("2011", out.get(0).value());
        assertEquals(null, out.get(1).value());
        assertEquals("rule:undated", out.get(1).method());
    }
}
