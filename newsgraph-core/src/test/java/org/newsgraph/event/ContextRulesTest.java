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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;

/** Rules that take an event's actors from the sentences before it (fixtures written for these tests). */
class ContextRulesTest {
    private static void assertDyad(Event e, PloverType type, String source, String target) {
        assertEquals(type, e.type(), e.toString());
        assertEquals(source, e.source().entity(), e.toString());
        assertEquals(target, e.target() == null ? null : e.target().entity(), e.toString());
    }

    private static boolean between(Event e, String a, String b) {
        String s = e.source().entity();
        String t = e.target() == null ? null : e.target().entity();
        return s.equals(a) && b.equals(t) || s.equals(b) && a.equals(t);
    }

    @Test
    void aSentenceWhosePartiesArePluralWordsIsParsedAndCoded() {
        // "Officials from Armenia and Azerbaijan met in Brussels on Tuesday. They agreed to reopen two border
        // crossings. In September the two countries had exchanged strikes along the border."
        Fixture f = Fixture.load("plural-subject");
        assertEquals(Set.of(0, 1, 2), f.sentencesToParse(), "sentences 1 and 2 name no actor");
        List<Event> events = f.events();
        List<Event> agreed = events.stream().filter(e -> e.type() == PloverType.AGREE).toList();
        assertEquals(1, agreed.size(), events.toString());
        assertTrue(between(agreed.get(0), "country:ARM", "country:AZE"), agreed.toString());
        List<Event> strikes = events.stream().filter(e -> e.type() == PloverType.ASSAULT).toList();
        assertEquals(2, strikes.size(), events.toString());
        assertDyad(strikes.get(0), PloverType.ASSAULT, "country:ARM", "country:AZE");
        assertDyad(strikes.get(1), PloverType.ASSAULT, "country:AZE", "country:ARM");
    }

    @Test
    void aRejectedAccusationIsAimedAtTheSpeakerOfTheStatementBefore() {
        // "\"The government in Brasília is protecting smugglers,\" Argentina's foreign ministry said on Monday.
        // Brazil rejected the accusation."
        List<Event> events = Fixture.load("rejected-speaker").events();
        assertEquals(1, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.REJECT, "country:BRA", "country:ARG");
    }

    @Test
    void aDemandOverAPlanIsAimedAtWhoseItIs() {
        // "Poland demanded guarantees over Germany's plan to build a new pipeline."
        List<Event> events = Fixture.load("demand-over").events();
        assertEquals(1, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.REQUEST, "country:POL", "country:DEU");
    }

    @Test
    void troopsMovedByNoNamedAgentAreMovedByTheirOwnState() {
        // "Französische Einheiten seien nach Rumänien verlegt worden, sagte ein Sprecher. Im Sommer wurden britische
        // Soldaten in die Stadt Tallinn verlegt."
        List<Event> events = Fixture.load("passive-deployment").events();
        assertEquals(2, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.MOBILIZE, "country:FRA", "country:ROU");
        assertDyad(events.get(1), PloverType.MOBILIZE, "country:GBR", "country:EST");
    }

    @Test
    void anActSaidToComeInAdditionIsNotMergedWithAnEarlierOne() {
        // "Japan will lower its tariffs on Australian beef from April. … Tokyo will also remove its duties on
        // Australian wine."
        List<Event> concessions = Fixture.load("also").events().stream()
                .filter(e -> e.type() == PloverType.CONCEDE).toList();
        assertEquals(2, concessions.size(), concessions.toString());
        concessions.forEach(e -> assertDyad(e, PloverType.CONCEDE, "country:JPN", "country:AUS"));
    }

    @Test
    void aCounterstrikeIsAimedAtTheAttackerAndOneJudgedLikelyIsHypothetical() {
        // "Russland hat in der Nacht die Ukraine mit Drohnen angegriffen. Beobachter halten einen ukrainischen
        // Gegenschlag für wahrscheinlich."
        List<Event> events = Fixture.load("counterstrike").events();
        assertEquals(2, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.ASSAULT, "country:RUS", "country:UKR");
        assertDyad(events.get(1), PloverType.ASSAULT, "country:UKR", "country:RUS");
        assertEquals(Modality.OCCURRED, events.get(0).modality());
        assertEquals(Modality.HYPOTHETICAL, events.get(1).modality());
    }

    @Test
    void whoTakesPartInAnActDoesItToo() {
        // "Frankreich werde sich nicht an einem amerikanischen Angriff auf Syrien beteiligen, sagte der Minister."
        Event e = Fixture.load("participation").events().get(0);
        assertDyad(e, PloverType.ASSAULT, "country:FRA", "country:SYR");
        assertEquals(Modality.NEGATED, e.modality());
        // "Canada took part in the American strikes on Iraq."
        List<Event> events = Fixture.load("participation-en").events();
        assertEquals(1, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.ASSAULT, "country:CAN", "country:IRQ");
    }
}
