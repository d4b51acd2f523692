/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;

/** The coder on parsed sentences of the samples and of sentences written for these tests (fixtures, no models). */
class LexiconEventCoderTest {
    private static Event only(String fixture) {
        List<Event> events = Fixture.load(fixture).events();
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    private static void assertDyad(Event e, PloverType type, String cameo, String source, String target) {
        assertEquals(type, e.type(), e.toString());
        assertEquals(cameo, e.cameo(), e.toString());
        assertEquals(source, e.source().entity(), e.toString());
        if (target == null) {
            assertNull(e.target(), e.toString());
        } else {
            assertEquals(target, e.target().entity(), e.toString());
        }
    }

    @Test
    void coordinatedSourcesGiveOneEventEachAndDenialsStandAlone() {
        List<Event> events = Fixture.load("dementiert").events();
        assertEquals(2, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.REJECT, "120", "country:RUS", null);
        assertDyad(events.get(1), PloverType.REJECT, "120", "country:PRK", null);
    }

    @Test
    void twoGluedGermanNamesAreSubjectAndObjectAndArmsMakeMilitaryAid() {
        Event e = only("adjacent-names"); // "soll Nordkorea Russland bereits Millionen Artilleriegranaten … geliefert haben"
        assertDyad(e, PloverType.AID, "072", "country:PRK", "country:RUS");
        assertEquals(Modality.OCCURRED, e.modality());
        assertEquals(Certainty.HEDGED, e.certainty());
    }

    @Test
    void keinOnTheObjectNegates() {
        Event e = only("kein"); // "Bisher liefert Südkorea keine tödlichen Waffen an Kiew."
        assertDyad(e, PloverType.AID, "072", "country:KOR", "country:UKR");
        assertEquals(Modality.NEGATED, e.modality());
    }

    @Test
    void notRulingOutIsPossibilityAndAusschliessenIsNotSchliessen() {
        Event e = only("nicht-aus"); // "Russland schließe eine militärtechnische Zusammenarbeit … nicht aus"
        assertDyad(e, PloverType.COOPERATE, "060", "country:RUS", "country:PRK");
        assertEquals(Modality.HYPOTHETICAL, e.modality());
    }

    @Test
    void aRejectionIsAimedAtTheAccuserBefore() {
        List<Event> events = Fixture.load("rejection").events();
        assertEquals(2, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.ACCUSE, "112", "country:TUR", "country:SWE");
        assertEquals(Modality.OCCURRED, events.get(0).modality(), "the 'nicht' before the colon is not this clause's");
        assertDyad(events.get(1), PloverType.REJECT, "120", "country:SWE", "country:TUR");
    }

    @Test
    void wouldInReportedSpeechIsADeclaredPlan() {
        Event e = only("would"); // "The Ukrainian president said he would meet Trump at the White House on Monday"
        assertDyad(e, PloverType.CONSULT, "036", "person:volodymyr-zelensky", "person:donald-trump");
        assertEquals(Modality.PLANNED, e.modality());
        assertEquals("2025-08-18", e.time().value());
    }

    @Test
    void aDemandIsAimedAtTheSubjectOfItsClauseWhichIsNoEventOfItsOwn() {
        Event e = only("demand"); // "Putin reportedly demanded that Ukraine withdraw …"
        assertDyad(e, PloverType.REQUEST, "100", "person:vladimir-putin", "country:UKR");
        assertEquals(Certainty.HEDGED, e.certainty());
    }

    @Test
    void tariffCutsAreConcessionsAndPlansInTheReportersVoiceKeepTheirCode() {
        List<Event> events = Fixture.load("tariffs").events();
        assertEquals(2, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.CONCEDE, "085", "country:USA", "country:CHN");
        assertDyad(events.get(1), PloverType.CONCEDE, "085", "country:CHN", "country:USA");
        events.forEach(e -> assertEquals(Modality.PLANNED, e.modality()));
    }

    @Test
    void aNameHungOnADayIsTheObject() {
        Event e = only("stray-name"); // "… hat der Iran in der Nacht zum Sonntag Israel angegriffen."
        assertDyad(e, PloverType.ASSAULT, "190", "country:IRN", "country:ISR");
        assertEquals("2024-04-14", e.time().value());
    }

    @Test
    void anActorLabelledObjectBeforeAnInanimateSubjectIsTheSource() {
        Event e = only("inanimate-subject"); // "Moskau hat das Abkommen … aufgekündigt."
        assertDyad(e, PloverType.REJECT, "120", "country:RUS", null);
    }

    @Test
    void partiesNamedTogetherMeetEachOtherAndCitiesStandForTheirCountries() {
        Event e = only("joint"); // "Delegations from Moscow and Kyiv met in Istanbul on Friday …"
        assertDyad(e, PloverType.CONSULT, "040", "country:RUS", "country:UKR");
        assertTrue(e.method().endsWith("+joint"), e.method());
        assertEquals("location:istanbul", e.location().entity());
    }

    @Test
    void anInvitationIsADeclaredPlanAndStrongGermanFormsAreFound() {
        List<Event> events = Fixture.load("invitation").events();
        Event invite = events.get(events.size() - 1); // "Zudem lud er Putin nach Nordkorea ein"
        assertDyad(invite, PloverType.CONSULT, "036", "person:kim-jong-un", "person:vladimir-putin");
        assertEquals(Modality.PLANNED, invite.modality());
        Event visit = events.get(0); // "soll Kim … besichtigen und … die russische Pazifikflotte besuchen"
        assertEquals(Modality.PLANNED, visit.modality(), "a coordinated verb shares 'soll'");
        Event received = only("strong-verb"); // "Am Montag empfing Putin die nordkoreanische Außenministerin …"
        assertDyad(received, PloverType.CONSULT, "043", "person:vladimir-putin", "person:choe-son-hui");
    }

    @Test
    void aSeparatedParticleAtTheEndOfTheClauseCounts() {
        Event e = only("particle"); // "Ungarn stimmte dem Beitritt Finnlands vergangene Woche zu, …"
        assertDyad(e, PloverType.SUPPORT, "051", "country:HUN", "country:FIN");
        assertEquals("2023-W13", e.time().value());
    }

    @Test
    void englishDenialFollowsTheAccusation() {
        List<Event> events = Fixture.load("denial").events();
        assertDyad(events.get(1), PloverType.REJECT, "016", "group:hamas", "country:ISR"); // denying a claim: CAMEO 016
    }

    @Test
    void guestsVisitTheCountryOfThePlaceNamedBefore() {
        Event e = only("guests"); // "Zum Jahrestag … in Pjöngjang. Zu den Gästen gehörten der … Vizepremier Liu Guozhong …"
        assertDyad(e, PloverType.CONSULT, "042", "person:liu-guozhong", "country:PRK");
        assertEquals("location:pyongyang", e.location().entity());
        assertEquals(Modality.OCCURRED, e.modality());
    }

    @Test
    void aRelativePronounAfterACopulaStandsForTheSubject() {
        Event e = only("recognition"); // "Die Sowjetunion war 1949 das erste Land, das die Volksrepublik China anerkannte."
        assertDyad(e, PloverType.SUPPORT, "054", "country:SUN", "country:CHN");
        assertEquals("1949", e.time().value());
    }

    @Test
    void anEllipticalConjunctIsAnotherTargetWithItsOwnYear() {
        List<Event> events = Fixture.load("ellipsis").events();
        assertEquals(3, events.size(), events.toString());
        assertDyad(events.get(0), PloverType.SUPPORT, "054", "country:SYR", "region:crimea");
        assertEquals("2014", events.get(0).time().value());
        assertDyad(events.get(1), PloverType.SUPPORT, "054", "country:SYR", "region:luhansk-peoples-republic");
        assertEquals("2022", events.get(1).time().value());
        assertDyad(events.get(2), PloverType.SUPPORT, "054", "country:SYR", "region:donetsk-peoples-republic");
        assertEquals("2022", events.get(2).time().value());
    }

    private static List<Event> ofType(String fixture, PloverType type) {
        return Fixture.load(fixture).events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aCountedPluralStandsForThePartiesNamedTogetherBefore() {
        // "Britain, France and Germany triggered … The three governments accuse Tehran of breaching …"
        List<Event> accusations = ofType("groups", PloverType.ACCUSE);
        assertEquals(List.of("country:GBR", "country:FRA", "country:DEU"),
                accusations.stream().map(e -> e.source().entity()).toList(), accusations.toString());
        accusations.forEach(e -> assertEquals("country:IRN", e.target().entity(), e.toString()));
    }

    @Test
    void aVisitGivesWayToTheMeetingWithTheHostWhichSharesTheJourneysDay() {
        Event e = only("visit-meeting"); // "Zelensky, who travelled to Ankara on Thursday to meet President … Erdoğan"
        assertDyad(e, PloverType.CONSULT, "040", "person:volodymyr-zelensky", "person:recep-tayyip-erdogan");
        assertEquals("2025-05-15", e.time().value());
    }

    @Test
    void aDefiniteNounRefersToTheOrganisationNamedBeforeWhoseNameEndsInIt() {
        // "… Rafael Grossi, the director general of the International Atomic Energy Agency, met … Iran had suspended
        // its cooperation with the agency …"
        List<Event> suspensions = ofType("definite", PloverType.SANCTION);
        assertEquals(1, suspensions.size(), suspensions.toString());
        assertDyad(suspensions.get(0), PloverType.SANCTION, "160", "country:IRN", "org:iaea");
    }

    @Test
    void thePossessorOfARoleNounLosesToTheNameBesideIt() {
        Event e = only("possessor"); // "Putin's foreign policy aide Yuri Ushakov rejected the accusation."
        assertDyad(e, PloverType.REJECT, "016", "person:yuri-ushakov", null); // an accusation rejected: 016
    }

    @Test
    void aThreatIsAimedAtTheSubjectOfItsCondition() {
        Event e = only("condition"); // "Trump has instead threatened secondary tariffs … if Moscow does not agree …"
        assertDyad(e, PloverType.THREATEN, "1312", "person:donald-trump", "country:RUS"); // threatened tariffs: 1312
        assertEquals(Modality.OCCURRED, e.modality());
    }

    @Test
    void convokingIsHostingAMeeting() {
        Event e = only("convene"); // "US-Präsident Joe Biden rief am Sonntag die Staats- und Regierungschefs der G7 … zusammen."
        assertDyad(e, PloverType.CONSULT, "043", "person:joe-biden", "org:g7");
    }

    @Test
    void twoNamesInTheObjectPhraseOfAVerbWithoutSubjectAreSubjectAndObject() {
        Event e = only("glued-object"); // "Wenige Tage zuvor hatte Kristersson Ministerpräsident Viktor Orbán … besucht"
        assertDyad(e, PloverType.CONSULT, "042", "person:ulf-kristersson", "person:viktor-orban");
    }

    @Test
    void exercisesNamedAgainAreOneEventWhoseCondemnationIsAimedAtTheDoer() {
        // "hat Chinas Armee rund um Taiwan zweitägige Militärübungen begonnen. … begann das Manöver … am
        // Donnerstagmorgen. … verurteilte die Übungen als „irrationale Provokation“"
        List<Event> drills = ofType("exercises", PloverType.MOBILIZE);
        assertEquals(1, drills.size(), drills.toString());
        assertDyad(drills.get(0), PloverType.MOBILIZE, "150", "country:CHN", "country:TWN");
        List<Event> condemnations = ofType("exercises", PloverType.ACCUSE);
        assertEquals(1, condemnations.size(), condemnations.toString());
        assertDyad(condemnations.get(0), PloverType.ACCUSE, "111", "country:TWN", "country:CHN");
    }
}
