/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Language;

/** The Phoenix importer on a small dictionary written in PETRARCH's format ({@code phoenix/mini.actors.txt}). */
class PhoenixImporterTest {
    private PhoenixImporter importer;
    private Map<String, Actor> people;

    @BeforeEach
    void importFixture() throws IOException {
        importer = new PhoenixImporter(ActorRegistry.curated());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("phoenix/mini.actors.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            importer.read("mini.actors.txt", r);
        }
        people = importer.people().stream().collect(Collectors.toMap(Actor::id, a -> a));
    }

    @Test
    void countsEntriesPeopleAndSkips() {
        assertEquals(12, importer.entries());
        assertEquals(3, importer.skipped(), "a country, an institution and an undated entry");
        assertEquals(List.of("person:anna-example", "person:broken-dates-person", "person:first-of-two",
                "person:hakim-kosovar", "person:john-example-smith", "person:maria-testova", "person:same-name",
                "person:same-name-deu", "person:vladimir-putin"), List.copyOf(people.keySet().stream().sorted().toList()));
    }

    @Test
    void windowsTwoDigitYearsAndReadsFourDigitOnes() throws PhoenixCodes.BadCode {
        assertEquals(LocalDate.of(2030, 1, 1), PhoenixCodes.date("300101", "t"));
        assertEquals(LocalDate.of(1931, 1, 1), PhoenixCodes.date("310101", "t"));
        assertEquals(LocalDate.of(2000, 5, 7), PhoenixCodes.date("000507", "t"));
        assertEquals(LocalDate.of(1999, 12, 31), PhoenixCodes.date("991231", "t"));
        assertEquals(LocalDate.of(1917, 11, 9), PhoenixCodes.date("19171109", "t"));
        assertEquals(List.of(new Role("government", "GBR", LocalDate.of(1931, 1, 1), LocalDate.of(1945, 5, 12)),
                new Role("government", "GBR", LocalDate.of(2001, 1, 1), LocalDate.of(2005, 12, 31))),
                people.get("person:john-example-smith").roles());
    }

    @Test
    void readsOpenPeriodsAndCodesOnTheNameLine() {
        assertEquals(List.of(new Role("military", "RUS", null, LocalDate.of(1999, 12, 31)),
                new Role("government", "RUS", LocalDate.of(2000, 1, 1), null)),
                people.get("person:maria-testova").roles());
        assertEquals("RUSGOV", people.get("person:maria-testova").cameo());
        assertEquals("RUS", people.get("person:maria-testova").country());
    }

    @Test
    void mapsCameoCodesToRegistryCountriesAndOrganisations() {
        Actor anna = people.get("person:anna-example");
        assertEquals(List.of(new Role("official", "org:united-nations", LocalDate.of(2000, 1, 1),
                LocalDate.of(2005, 12, 31))), anna.roles());
        assertNull(anna.country());
        assertEquals("XKX", people.get("person:hakim-kosovar").roles().get(0).country(), "CAMEO KSV is Kosovo");
    }

    @Test
    void reportsMalformedCodesAndKeepsTheRest() {
        List<String> w = importer.warnings();
        assertEquals(3, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("mini.actors.txt:27: date '2004017' has 7 digits"), w.get(0));
        assertTrue(w.get(1).contains("no such day '000231'"), w.get(1));
        assertTrue(w.get(2).contains("ends before it starts"), w.get(2));
        assertEquals(List.of(new Role("government", "USA", LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1))),
                people.get("person:broken-dates-person").roles());
    }

    @Test
    void namesDropTitlesAndBareSurnames() {
        assertEquals(List.of("Vladimir Putin"), people.get("person:vladimir-putin").names().get(Language.ENGLISH).labels());
        assertEquals(List.of("John Example Smith", "J. Example Smith"),
                people.get("person:john-example-smith").names().get(Language.ENGLISH).labels());
        assertEquals(List.of("First Of Two", "Second Of Two"),
                people.get("person:first-of-two").names().get(Language.ENGLISH).labels());
        assertEquals("Ban Ki-Moon", PhoenixCodes.titleCase("BAN KI-MOON"));
        assertEquals("Elizabeth II", PhoenixCodes.titleCase("ELIZABETH II"));
    }

    @Test
    void sameNameInAnotherCountryIsAnotherPerson() {
        assertEquals("FRA", people.get("person:same-name").country());
        assertEquals("DEU", people.get("person:same-name-deu").country());
    }

    @Test
    void theLayerIsInTheRegistryFormat() {
        String layer = importer.layer(List.of("mini.actors.txt"));
        assertTrue(layer.startsWith("# Registry layer imported from PETRARCH's Phoenix"));
        assertTrue(layer.contains("# Two-digit years were read as 00-30 = 20xx and 31-99 = 19xx."));
        List<Actor> reread = RegistryFile.read("layer", new java.io.ByteArrayInputStream(
                layer.getBytes(StandardCharsets.UTF_8)));
        assertEquals(importer.people(), reread);
    }

    @Test
    void rejectsUnreadableCodes() {
        assertThrows(PhoenixCodes.BadCode.class, () -> PhoenixCodes.parse("RUSGOV 0101-0202x"));
        assertNull(assertDoesNotThrowParse("---"));
    }

    private static PhoenixCodes.Code assertDoesNotThrowParse(String s) {
        try {
            return PhoenixCodes.parse(s);
        } catch (PhoenixCodes.BadCode e) {
            throw new AssertionError(e);
        }
    }
}
