/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;
import org.newsgraph.pipeline.SeedArticle;

/** The events of the seed article (read in place from ../shared/seeds; skipped when it is absent). */
class SeedEventsIT {
    private static List<Event> events;

    @BeforeAll
    static void analyse() throws Exception {
        events = SeedArticle.analysis().events();
        events.forEach(System.out::println);
    }

    private static Event find(String what, Predicate<Event> test) {
        return events.stream().filter(test).findFirst()
                .orElseThrow(() -> new AssertionError(what + " not among " + events));
    }

    private static Predicate<Event> dyad(PloverType type, String source, String target) {
        return e -> e.type() == type && e.source().entity().equals(source) && e.target() != null
                && e.target().entity().equals(target);
    }

    @Test
    void precisionFirst() {
        assertTrue(events.size() <= 25, events.size() + " events");
    }

    @Test
    void kimTravelsToRussia() {
        Event e = find("Kim's journey to Russia", dyad(PloverType.CONSULT, "person:kim-jong-un", "country:RUS")
                .and(x -> x.modality() == Modality.OCCURRED));
        assertEquals("042", e.cameo());
        assertEquals("2023-09-11", e.time().value());
    }

    @Test
    void theMeetingInWladiwostokIsPlanned() {
        Event e = find("the planned meeting", dyad(PloverType.CONSULT, "person:kim-jong-un", "person:vladimir-putin")
                .and(x -> x.modality() == Modality.PLANNED));
        assertEquals("location:vladivostok", e.location().entity());
        assertTrue(e.cameo().equals("036") || e.cameo().equals("040"), e.cameo());
    }

    @Test
    void russiaBuysShellsAndRocketsFromNorthKorea() {
        Event e = find("the purchase", dyad(PloverType.COOPERATE, "country:RUS", "country:PRK"));
        assertEquals("061", e.cameo());
        assertEquals(Certainty.REPORTED, e.certainty());
        assertEquals("media:new-york-times", e.attribution().entity());
    }

    @Test
    void northKoreaRecognisedCrimeaIn2014AndLuhanskAndDonetskIn2022() {
        assertEquals("2014", find("Crimea", dyad(PloverType.SUPPORT, "country:PRK", "region:crimea")).time().value());
        assertEquals("2022", find("Luhansk", dyad(PloverType.SUPPORT, "country:PRK", "region:luhansk-peoples-republic"))
                .time().value());
        assertEquals("2022", find("Donetsk", dyad(PloverType.SUPPORT, "country:PRK", "region:donetsk-peoples-republic"))
                .time().value());
    }

    @Test
    void moscowSentGuestWorkersHome() {
        Event e = find("guest workers", dyad(PloverType.COERCE, "country:RUS", "country:PRK"));
        assertEquals("174", e.cameo());
        assertEquals("2018", e.time().value());
        assertEquals(Certainty.HEDGED, e.certainty());
    }

    @Test
    void unSanctionsAfterTheNuclearTest() {
        Event e = find("UN sanctions", dyad(PloverType.SANCTION, "org:united-nations", "country:PRK"));
        assertEquals("2017", e.time().value());
    }

    @Test
    void chinaSuppliesNorthKorea() {
        Event e = find("China's supplies", dyad(PloverType.AID, "country:CHN", "country:PRK"));
        assertEquals(Modality.OCCURRED, e.modality());
    }

    @Test
    void theMeetingOfApril2019() {
        Event e = find("the 2019 meeting", dyad(PloverType.CONSULT, "person:vladimir-putin", "person:kim-jong-un")
                .and(x -> "2019-04".equals(x.time().value())));
        assertEquals(Modality.OCCURRED, e.modality());
        assertEquals("location:vladivostok", e.location().entity());
    }

    @Test
    void theSovietUnionRecognisedNorthKoreaIn1948() {
        assertEquals("1948", find("recognition 1948", dyad(PloverType.SUPPORT, "country:SUN", "country:PRK"))
                .time().value());
    }

    @Test
    void theChineseVicePremierWasAGuestInPyongyang() {
        Event e = find("Liu Guozhong", dyad(PloverType.CONSULT, "person:liu-guozhong", "country:PRK"));
        assertEquals("location:pyongyang", e.location().entity());
        assertEquals(Modality.OCCURRED, e.modality());
    }
}
