/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.pipeline.SeedArticle;

/** The claims of the seed article the issue names (read in place from ../shared/seeds; skipped when it is absent). */
class SeedClaimsIT {
    private static List<Claim> claims;

    @BeforeAll
    static void analyse() throws Exception {
        claims = SeedArticle.analysis().claims();
        claims.forEach(System.out::println);
    }

    private static Claim find(String what, String speaker, String content) {
        Predicate<Claim> test = c -> c.speaker() != null && speaker.equals(c.speaker().entity())
                && c.content().text().contains(content);
        return claims.stream().filter(test).findFirst()
                .orElseThrow(() -> new AssertionError(what + " not among " + claims));
    }

    @Test
    void newYorkTimesCitingIntelligenceOnTheMeeting() {
        Claim c = find("the NYT on the meeting", "media:new-york-times", "mit Russlands Präsidenten");
        assertNotNull(c.inner(), "the inner source");
        assertTrue(c.inner().text().contains("Geheimdienstinformationen"), c.inner().text());
    }

    @Test
    void newYorkTimesOnTheArmsPurchases() {
        Claim c = find("the NYT on the arms purchases", "media:new-york-times", "Artilleriegeschosse");
        assertEquals(Certainty.REPORTED, c.certainty());
    }

    @Test
    void kremlinConfirmsTheMeeting() {
        Claim c = find("the Kremlin's confirmation", "country:RUS", "in den kommenden Tagen");
        assertTrue(c.confirmation(), c.toString());
        assertEquals("bestätigte", c.cue());
    }

    @Test
    void nkNewsSpeculates() {
        Claim c = find("NK News", "media:nk-news", "nicht schon diese Woche");
        assertEquals(Certainty.SPECULATED, c.certainty());
    }

    @Test
    void gaidarInstituteStudy() {
        find("the Gaidar study", "org:gaidar-institute", "fehlen jedem dritten russischen Unternehmen");
    }

    @Test
    void kalininToWedomosti() {
        Claim c = find("Kalinin", "person:alexander-kalinin", "Wir haben Nordkorea vorgeschlagen");
        assertEquals(ClaimKind.DIRECT, c.kind());
        assertEquals("media:vedomosti", c.addressee().entity());
    }

    @Test
    void markowOnTelegram() {
        Claim c = find("Markow", "person:sergei-markov", "längst höchste Zeit");
        assertEquals("org:telegram", c.addressee().entity());
    }

    @Test
    void kimPraisesPatrioticPeople() {
        Claim c = find("Kim's praise", "person:kim-jong-un", "patriotische Menschen");
        assertEquals(ClaimKind.DIRECT, c.kind());
    }

    @Test
    void theTripIsHedged() {
        Claim reports = claims.stream().filter(c -> c.content().text().contains("ins Nachbarland abgereist"))
                .findFirst().orElseThrow(() -> new AssertionError("the trip by media reports, among " + claims));
        assertEquals(Certainty.HEDGED, reports.certainty());
        assertTrue(reports.speaker().text().contains("Medienberichten"), reports.speaker().text());
        Claim train = claims.stream().filter(c -> c.content().text().contains("mit einem Spezialzug"))
                .findFirst().orElseThrow(() -> new AssertionError("the train journey, among " + claims));
        assertEquals(Certainty.HEDGED, train.certainty());
    }

    @Test
    void pyongyangsStateMediaReportedNoTrip() {
        Claim c = claims.stream().filter(x -> x.content().text().contains("Russlandtrip")).findFirst()
                .orElseThrow(() -> new AssertionError("the state media's report, among " + claims));
        assertEquals("country:PRK", c.speaker().entity(), c.toString());
        assertTrue(c.speaker().text().contains("Staatsmedien"), c.speaker().text());
    }

    @Test
    void theNewYorkTimesIsNotCreditedWithTheKremlinsConfirmation() {
        List<Claim> sameContent = claims.stream().filter(c -> c.content().text().contains("in den kommenden Tagen"))
                .toList();
        assertEquals(1, sameContent.size(), sameContent.toString());
        assertEquals("country:RUS", sameContent.get(0).speaker().entity());
    }

    @Test
    void demnachIsNoSpeaker() {
        for (Claim c : claims) {
            assertTrue(c.speaker() == null || !c.speaker().text().equalsIgnoreCase("demnach"), c.toString());
        }
        Claim parade = claims.stream().filter(c -> c.content().text().contains("Milizparade")).findFirst()
                .orElseThrow(() -> new AssertionError("the parade by the state media, among " + claims));
        assertTrue(parade.speaker().text().contains("Staatsmedien"), parade.speaker().text());
    }

    @Test
    void markowsQuoteOnce() {
        assertEquals(1, claims.stream().filter(c -> c.content().text().contains("längst höchste Zeit")).count(),
                claims.toString());
    }

    @Test
    void theNewYorkTimesCitesIntelligenceOnTheArms() {
        Claim c = find("the NYT on the arms purchases", "media:new-york-times", "Artilleriegeschosse");
        assertNotNull(c.inner(), "the inner source");
        assertEquals("Geheimdienstinformationen", c.inner().text());
        assertTrue(!c.speaker().text().contains("Geheimdienst"), c.speaker().text());
    }
}
