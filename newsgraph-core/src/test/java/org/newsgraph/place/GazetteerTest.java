/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generated gazetteer: large enough, every country in it, names found whatever their accents and case. */
class GazetteerTest {
    private final Gazetteer g = Gazetteer.builtIn();

    @Test
    void holdsAtLeastTwentyThousandPlacesAndEveryCountry() {
        assertTrue(g.size() >= 20_000, "places: " + g.size());
        long countries = g.places().stream().filter(p -> p.kind() == Place.Kind.COUNTRY).count();
        assertTrue(countries >= 240, "countries: " + countries);
        assertEquals("Nordkorea", g.country("PRK").orElseThrow().nameDe());
    }

    @Test
    void findsTownsByNameInTheirCountryOrTheMostPopulous() {
        Place p = g.find("pyongyang", "PRK").orElseThrow();
        assertEquals(39.03, p.latitude(), 0.05);
        assertEquals(125.75, p.longitude(), 0.05);
        assertEquals("RUS", g.find("Moscow", null).orElseThrow().country());
        assertEquals("USA", g.find("Moscow", "USA").orElseThrow().country());
        assertEquals("CHE", g.find("geneve", null).orElseThrow().country());
    }

    @Test
    void guessesNoTownWhoseNameSeveralShare() {
        assertTrue(g.findUnique("Bali").isEmpty());
        assertEquals("USA", g.findUnique("Anchorage").orElseThrow().country());
        assertEquals(Place.Kind.COUNTRY, g.findUnique("Nordkorea").orElseThrow().kind());
    }
}
