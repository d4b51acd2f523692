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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClaimKind;

/**
 * German attribution frames on sentences of our own, one paragraph each: the cue as a reader sees it (auxiliary,
 * "wie", reflexive, governed preposition), the speaker phrase (compound source nouns, quoted names, appositions), and
 * a modal inside a quotation that must not pull the verb of saying into it.
 */
class GermanAttributionIT {
    private static final String TEXT = String.join("\n\n",
            "Neue Brücke in Kleinstadt",
            "„Wir werden die Brücke bis zum Sommer fertigstellen müssen“, sagte Bürgermeisterin Jana Roth.",
            "Wie die Stadtverwaltung am Montag mitteilte, bleibt die alte Brücke bis dahin gesperrt.",
            "Der Bauunternehmer hatte am Freitag erklärt, die Arbeiten lägen im Zeitplan.",
            "Nach Polizeiangaben wurden bei einem Unfall auf der Baustelle zwei Arbeiter leicht verletzt.",
            "Laut „Radio Nord“ kostet der Neubau rund zwölf Millionen Euro.",
            "Die Kosten seien gestiegen, teilte der Stadtkämmerer Paul Weber mit.",
            "Daran ändere auch der milde Winter nichts.",
            "Zur Eröffnung singt der Kinderchor „Lieder aus alter Zeit“ am Ufer.",
            "„Die Brücke verbindet die beiden Ortsteile endlich wieder.“ So Jana Roth.",
            "Ein Anwohner sagte dazu: „Wir haben lange genug gewartet”.",
            "Der Bauleiter bemerkte den Riss erst, nachdem der Beton getrocknet war.",
            "Die Landrätin lobte den Bau und warnte die Stadt vor weiteren Verzögerungen.",
            "„Für Radfahrer ist das ein großer Tag“, sagte ein Vertreter des Fahrradclubs in Kleinstadt, "
                    + "„und die Wege werden kürzer.“",
            "Die Bürgermeisterin sagte, wenn der Sommer trocken bleibe, werde die Brücke früher fertig.",
            "Der Verkehrsverband äußerte sich zufrieden darüber, dass die Umleitung gut angenommen werde.");
    private static List<Claim> claims;

    @BeforeAll
    static void analyse() throws Exception {
        claims = OwnText.claims("bruecke.txt", TEXT, "de");
    }

    private static Claim about(String content) {
        return OwnText.first(claims, t -> t.contains(content), "about \"" + content + "\"");
    }

    @Test
    void modalInsideTheQuotationStaysThere() {
        Claim c = about("fertigstellen müssen");
        assertEquals(ClaimKind.DIRECT, c.kind());
        assertEquals("sagte", c.cue());
        assertEquals("Bürgermeisterin Jana Roth", c.speaker().text());
    }

    @Test
    void clauseOpeningWieBelongsToTheCue() {
        Claim c = about("gesperrt");
        assertEquals("Wie mitteilte", c.cue());
        assertEquals("die Stadtverwaltung", c.speaker().text());
    }

    @Test
    void auxiliaryOfTheCompoundTense() {
        Claim c = about("im Zeitplan");
        assertEquals("hatte erklärt", c.cue());
        assertEquals("Der Bauunternehmer", c.speaker().text());
    }

    @Test
    void compoundSourceNoun() {
        Claim c = about("leicht verletzt");
        assertNotNull(c.speaker());
        assertEquals("Polizeiangaben", c.speaker().text());
    }

    @Test
    void quotedOutletAfterLaut() {
        assertEquals("„Radio Nord“", about("zwölf Millionen").speaker().text());
    }

    @Test
    void speakerAfterTheVerbNotAfterItsParticle() {
        Claim c = about("Kosten seien gestiegen");
        assertEquals("teilte mit", c.cue());
        assertEquals("der Stadtkämmerer Paul Weber", c.speaker().text());
    }

    @Test
    void subjunctiveOfAnErnVerbContinuesTheReport() {
        assertEquals("der Stadtkämmerer Paul Weber", about("milde Winter").speaker().text());
    }

    @Test
    void aQuotedTitleWithoutAVerbIsNoClaim() {
        assertTrue(claims.stream().noneMatch(c -> c.content().text().contains("Lieder aus alter Zeit")),
                claims.toString());
    }

    @Test
    void closingSoAfterAQuotationTheSplitterCutOff() {
        Claim c = about("endlich wieder");
        assertEquals(ClaimKind.DIRECT, c.kind());
        assertEquals("So", c.cue());
        assertEquals("Jana Roth", c.speaker().text());
    }

    @Test
    void lowOpeningMarkClosedByAnEnglishOne() {
        Claim c = about("lange genug gewartet");
        assertEquals(ClaimKind.DIRECT, c.kind());
        assertEquals("„Wir haben lange genug gewartet”", c.content().text());
    }

    @Test
    void aLoneAdverbialClauseIsNotWhatWasSaid() {
        assertTrue(claims.stream().noneMatch(c -> c.content().text().startsWith("nachdem")), claims.toString());
    }

    @Test
    void aFrontedConditionalWithItsMainClauseIsContent() {
        assertTrue(about("Sommer trocken").content().text().startsWith("wenn der Sommer"), claims.toString());
    }

    @Test
    void theSecondOfTwoCoordinatedVerbsSpeaksWithTheFirstOnesSubject() {
        Claim c = about("weiteren Verzögerungen");
        assertEquals("Die Landrätin", c.speaker().text());
    }

    @Test
    void anInterruptedQuotationIsNeverItsOwnSpeaker() {
        Claim c = about("Wege werden kürzer");
        assertEquals(ClaimKind.DIRECT, c.kind());
        assertTrue(c.speaker().text().startsWith("ein Vertreter des Fahrradclubs"), c.toString());
    }

    @Test
    void reflexiveBelongsToTheCue() {
        assertEquals("äußerte sich darüber", about("gut angenommen").cue()); // the correlate of the dass-clause too
    }

    @Test
    void aParticipleTheParserHangsOnItsAuxiliarySpeaksWithTheAuxiliarysSubject() throws Exception {
        // the parser makes "hat" the root and "angekündigt" its xcomp, with the subject on "hat"
        // (with "heute" after it, "hat" is also tagged a full verb)
        for (String text : List.of("Der Außenminister hat den Abzug der Truppen angekündigt.",
                "Der Außenminister hat heute den Abzug der Truppen angekündigt.")) {
            List<Claim> own = OwnText.claims("abzug.txt", "Notiz\n\n" + text, "de");
            Claim c = OwnText.first(own, t -> t.contains("Abzug der Truppen"), "about the withdrawal in " + text);
            assertEquals("Der Außenminister", c.speaker().text(), text);
        }
    }

    @Test
    void aPastFormTheTaggerTookForAnAdjectiveIsACueBeforeItsComma() throws Exception {
        List<Claim> own = OwnText.claims("kinder.txt", "Notiz\n\nDie Ministerin befürchtete, dass man ihr die "
                + "Kinder wegnehmen wolle.\n\nDie erklärten Ziele der Reform sind seit Jahren bekannt.", "de");
        Claim c = OwnText.first(own, t -> t.contains("Kinder wegnehmen"), "about the children");
        assertEquals("befürchtete", c.cue());
        assertEquals("Die Ministerin", c.speaker().text());
        assertTrue(own.stream().noneMatch(x -> x.content().text().contains("Ziele")), own.toString());
    }
}
