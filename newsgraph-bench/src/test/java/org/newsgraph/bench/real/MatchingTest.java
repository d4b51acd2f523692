/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.real.RealGold.GoldClaim;
import org.newsgraph.bench.real.RealGold.GoldEvent;
import org.newsgraph.model.PloverType;

class MatchingTest {
    // Two sentences of our own: [0, 44) and [45, 98).
    private static final String TEXT = "Norway banned the airline on Monday evening. "
            + "The minister said the company ships rockets to rebels.";
    private static final Map<String, String> TEXTS = Map.of("x", TEXT);

    private static GoldEvent gold(String evidence, PloverType type, String source, String target, String time) {
        return new GoldEvent("x", evidence, type, "-", ActorRef.of(source), ActorRef.of(target), "occurred",
                "asserted", ActorRef.NONE, time);
    }

    private static Coded coded(int start, int end, PloverType type, String source, String target, String time) {
        return new Coded("x", "e", start, end, type, "-", ActorRef.of(source), ActorRef.of(target), "occurred",
                "asserted", ActorRef.NONE, time, "");
    }

    @Test
    void registryIdsMatchOnlyThemselvesAndNamesMatchBySlug() {
        assertTrue(ActorRef.of("country:NOR").sameActor(ActorRef.of("country:NOR")));
        assertFalse(ActorRef.of("country:NOR").sameActor(ActorRef.of("country:SWE")));
        assertTrue(ActorRef.of("Mark Esper").sameActor(ActorRef.of("other:person:mark-esper")));
        assertTrue(ActorRef.of("Mark Esper").sameActor(ActorRef.of("other:person:esper")));
        assertFalse(ActorRef.of("person:mike-pompeo").sameActor(ActorRef.of("other:person:pompeo")));
        assertFalse(ActorRef.of("Mark Esper").sameActor(ActorRef.of("other:person:mark")));
        assertTrue(ActorRef.of("Robert Gabriel Mugabe").sameActor(ActorRef.of("other:person:robert-mugabe")));
        assertTrue(ActorRef.of("John James Conyers Jr.").sameActor(ActorRef.of("other:person:john-conyers")));
        assertFalse(ActorRef.of("Robert Gabriel Mugabe").sameActor(ActorRef.of("other:person:grace-mugabe")));
        assertTrue(ActorRef.NONE.sameActor(ActorRef.of((String) null)));
        assertFalse(ActorRef.NONE.sameActor(ActorRef.of("country:NOR")));
    }

    @Test
    void anEventMatchesInItsSentenceWithTypeAndActors() {
        GoldEvent g = gold("banned the airline", PloverType.SANCTION, "country:NOR", "-", "doc");
        var r = EventMatching.score(List.of(g), List.of(coded(0, 44, PloverType.SANCTION, "country:NOR", "org:x", null),
                coded(0, 44, PloverType.ASSAULT, "country:NOR", null, null)), TEXTS, null);
        assertEquals(1, r.matched());
        assertEquals(0.5, r.prf().precision(), 1e-9);
        assertEquals(1.0, r.date(), 1e-9);
        var wrongSentence = EventMatching.score(List.of(g),
                List.of(coded(45, 98, PloverType.SANCTION, "country:NOR", null, "2020-01-01")), TEXTS, null);
        assertEquals(0, wrongSentence.matched(), "another sentence with another time is another event");
    }

    @Test
    void jointActsMatchInEitherOrderOthersDoNot() {
        GoldEvent meet = gold("banned the airline", PloverType.CONSULT, "country:NOR", "country:SWE", "doc");
        assertEquals(1, EventMatching.score(List.of(meet),
                List.of(coded(0, 44, PloverType.CONSULT, "country:SWE", "country:NOR", null)), TEXTS, null).matched());
        GoldEvent ban = gold("banned the airline", PloverType.SANCTION, "country:NOR", "country:SWE", "doc");
        assertEquals(0, EventMatching.score(List.of(ban),
                List.of(coded(0, 44, PloverType.SANCTION, "country:SWE", "country:NOR", null)), TEXTS, null).matched());
    }

    @Test
    void aReportElsewhereMatchesWhenItsTimeAndModalityAgree() {
        GoldEvent g = gold("banned the airline", PloverType.SANCTION, "country:NOR", "-", "2020-01-06");
        assertEquals(1, EventMatching.score(List.of(g),
                List.of(coded(45, 98, PloverType.SANCTION, "country:NOR", null, "2020-01-06")), TEXTS, null).matched());
    }

    @Test
    void aClaimIsFoundByItsContentAndItsSpeakerJudgedByActorOrWords() {
        int at = TEXT.indexOf("the company ships");
        GoldClaim g = new GoldClaim("x", ActorRef.of("person:jonas-gahr-store"), "The minister", ActorRef.NONE, "said",
                "the company ships rockets", "indirect", "reported");
        Said wordsOnly = new Said("x", "c", List.of(new int[] {at, 97}), ActorRef.of("other:person:minister"),
                "The minister", "indirect", "reported", "");
        var r = ClaimMatching.score(List.of(g), List.of(wordsOnly), TEXTS, null);
        assertEquals(1, r.found());
        assertEquals(1.0, r.speaker(), 1e-9);
        assertEquals(0.0, r.linked(), 1e-9);
        GoldClaim pronoun = new GoldClaim("x", ActorRef.of("person:jonas-gahr-store"), "he", ActorRef.NONE, "said",
                "the company ships rockets", "indirect", "reported");
        Said unresolved = new Said("x", "c", List.of(new int[] {at, 97}), ActorRef.of("he"), "he", "indirect",
                "reported", "");
        assertEquals(0.0, ClaimMatching.score(List.of(pronoun), List.of(unresolved), TEXTS, null).speaker(), 1e-9,
                "a bare pronoun is right only when resolved");
    }
}
