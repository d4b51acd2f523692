/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.PloverType;

class EventClustererTest {
    static final ActorRef KIM = new ActorRef("person:kim-jong-un", "PRK");
    static final ActorRef PUTIN = new ActorRef("person:vladimir-putin", "RUS");
    static final ActorRef RUSSIA = new ActorRef("country:RUS", "RUS");
    static final ActorRef UKRAINE = new ActorRef("country:UKR", "UKR");

    static Report report(String id, String outlet, String lang, String group, PloverType type, ActorRef s, ActorRef t,
            String time) {
        return new Report(id + ":e1", id, outlet, lang, group, type, "042", s, t,
                TimeSpan.parse(time).orElse(null), false);
    }

    static List<Report> reports() {
        return List.of(
                report("a1", "Wire Daily", "de", "a1", PloverType.CONSULT, KIM, PUTIN, "2023-09-13"),
                report("a2", "Reprint Post", "de", "a1", PloverType.CONSULT, KIM, PUTIN, "2023-09-13"),
                report("a3", "Tagesblatt", "de", "a3", PloverType.CONSULT, PUTIN, KIM, "2023-09-14"),
                report("a4", "Morning Herald", "en", "a4", PloverType.CONSULT, KIM, RUSSIA, "2023-09"),
                report("a5", "Morning Herald", "en", "a5", PloverType.CONSULT, KIM, PUTIN, "2019-04-25"),
                report("a6", "Tagesblatt", "de", "a6", PloverType.ASSAULT, RUSSIA, UKRAINE, "2023-09-13"),
                report("a7", "Tagesblatt", "de", "a7", PloverType.CONSULT, KIM, PUTIN, null));
    }

    @Test
    void mergesOneEventAcrossOutletsAndLanguagesAndKeepsOtherYearsApart() {
        List<EventCluster> clusters = EventClusterer.cluster(reports());
        assertEquals(4, clusters.size(), clusters.toString());
        EventCluster meeting = clusters.stream().filter(c -> c.reports().contains("a1:e1")).findFirst().orElseThrow();
        assertEquals(List.of("a1:e1", "a2:e1", "a3:e1", "a4:e1"), meeting.reports());
        assertEquals(4, meeting.articles());
        assertEquals(4, meeting.outlets());
        assertEquals(3, meeting.independentSources());
        assertEquals(List.of("de", "en"), meeting.languages());
        assertEquals("2023-09-13", meeting.time().value());
        assertEquals(List.of("country:RUS", "person:kim-jong-un", "person:vladimir-putin"), meeting.actors());
        Map<String, List<String>> rest = new java.util.HashMap<>();
        clusters.stream().filter(c -> c != meeting).forEach(c -> rest.put(c.reports().get(0), c.reports()));
        assertEquals(Map.of("a5:e1", List.of("a5:e1"), "a6:e1", List.of("a6:e1"), "a7:e1", List.of("a7:e1")), rest);
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Report> shuffled = new ArrayList<>(reports());
        Collections.shuffle(shuffled, new Random(42));
        assertEquals(EventClusterer.cluster(reports()), EventClusterer.cluster(shuffled));
    }

    @Test
    void directedTypesDoNotMergeSwappedSides() {
        Report a = report("b1", "X", "en", "b1", PloverType.ASSAULT, RUSSIA, UKRAINE, "2023-09-13");
        Report b = report("b2", "Y", "en", "b2", PloverType.ASSAULT, UKRAINE, RUSSIA, "2023-09-13");
        assertEquals(2, EventClusterer.cluster(List.of(a, b)).size());
    }

    @Test
    void negatedReportsStayApartFromPositiveOnes() {
        Report a = report("n1", "X", "en", "n1", PloverType.CONSULT, KIM, PUTIN, "2023-09-13");
        Report b = new Report("n2:e1", "n2", "Y", "en", "n2", PloverType.CONSULT, "042", KIM, PUTIN,
                TimeSpan.parse("2023-09-13").orElseThrow(), true);
        assertEquals(2, EventClusterer.cluster(List.of(a, b)).size());
    }
}
