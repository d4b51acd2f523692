/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Language;

/** The generated German forms: genitives, adjective endings, weak adjectives, people nouns, Swiss spelling. */
class SurfaceFormsTest {
    private static final Language DE = Language.GERMAN;

    @Test
    void germanNamesTakeAGenitiveS() {
        assertEquals(Set.of("Russland", "Russlands"), SurfaceForms.names(DE, "Russland"));
        assertEquals(Set.of("Kim Jong-un", "Kim Jong-uns"), SurfaceForms.names(DE, "Kim Jong-un"));
        assertEquals(Set.of("USA"), SurfaceForms.names(DE, "USA"));
        assertEquals(Set.of("Paris"), SurfaceForms.names(DE, "Paris"));
        assertEquals(Set.of("Türkei"), SurfaceForms.names(DE, "Türkei"), "feminine names in -ei take none");
        assertEquals(Set.of("Russia"), SurfaceForms.names(Language.ENGLISH, "Russia"));
    }

    @Test
    void adjectivesTakeAllEndingsInBothCases() {
        Set<String> f = SurfaceForms.adjectives(DE, "russisch");
        assertEquals(12, f.size());
        assertTrue(f.containsAll(List.of("russische", "russischen", "Russischer", "russisches", "Russischem")));
        assertEquals(Set.of("Russian"), SurfaceForms.adjectives(Language.ENGLISH, "Russian"));
    }

    @Test
    void leadingAdjectivesOfThingsTakeTheWeakEnding() {
        assertEquals("Vereinigten Arabischen Emirate", SurfaceForms.weakAdjectives("Vereinigte Arabische Emirate"));
        assertEquals("Vereinigten Königreich", SurfaceForms.weakAdjectives("Vereinigtes Königreich"));
        assertEquals("Internationalen Währungsfonds", SurfaceForms.weakAdjectives("Internationaler Währungsfonds"));
        assertEquals("Neuen Zürcher Zeitung", SurfaceForms.weakAdjectives("Neue Zürcher Zeitung"));
        assertNull(SurfaceForms.weakAdjectives("Costa Rica"));
        assertNull(SurfaceForms.weakAdjectives("Ukraine"));
        assertTrue(SurfaceForms.names(DE, "Vereinigtes Königreich", true).contains("Vereinigten Königreichs"));
        assertEquals(Set.of("Wladimir Putin", "Wladimir Putins"), SurfaceForms.names(DE, "Wladimir Putin", false));
    }

    @Test
    void peopleNounsInflect() {
        assertEquals(Set.of("Amerikaner", "Amerikanern", "Amerikaners", "Amerikanerin", "Amerikanerinnen"),
                SurfaceForms.people(DE, "Amerikaner"));
        assertEquals(Set.of("Russe", "Russen", "Russin", "Russinnen"), SurfaceForms.people(DE, "Russe"));
        assertEquals(Set.of("Israelis"), SurfaceForms.people(DE, "Israelis"));
        assertEquals(Set.of("Russians"), SurfaceForms.people(Language.ENGLISH, "Russians"));
    }

    @Test
    void swissSpellingReplacesEszett() {
        assertTrue(SurfaceForms.names(DE, "Großbritannien", true).containsAll(List.of("Grossbritannien",
                "Grossbritanniens")));
        assertTrue(SurfaceForms.adjectives(DE, "weißrussisch").contains("weissrussischen"));
        assertTrue(SurfaceForms.names(DE, "Weißes Haus", true).containsAll(List.of("Weisses Haus", "Weissen Haus")));
    }

    @Test
    void seatsLoseTheirArticleAndFormsCarryKindAndLanguage() {
        Actor a = RegistryFile.parse("t", 1, "country:RUS | type=COUNTRY | iso3=RUS | de=Russland | en=Russia "
                + "| de.seat=der Kreml | en.seat=the Kremlin | de.adj=russisch | de.people=Russe");
        List<SurfaceForm> forms = SurfaceForms.of(a);
        Set<String> seats = forms.stream().filter(f -> f.kind() == SurfaceForm.Kind.SEAT).map(SurfaceForm::form)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Kreml", "Kremls", "Kremlin"), seats);
        assertTrue(forms.contains(new SurfaceForm("Russlands", "country:RUS", SurfaceForm.Kind.NAME, DE)));
        assertTrue(forms.contains(new SurfaceForm("Russia", "country:RUS", SurfaceForm.Kind.NAME,
                Language.ENGLISH)));
        assertTrue(forms.contains(new SurfaceForm("Russinnen", "country:RUS", SurfaceForm.Kind.PEOPLE, DE)));
        assertEquals(forms.size(), Set.copyOf(forms).size(), "no duplicates");
    }
}
