/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Places as the linker finds them resolve to gazetteer entries named in both languages. */
class PlaceResolverTest {
    private final PlaceResolver r = PlaceResolver.builtIn();

    @Test
    void theCosmodromeIsWhereItIsNotWhereTownsOfItsNameAre() {
        Place p = r.resolve("location:vostochny-cosmodrome", "Kosmodrom Wostotschny").orElseThrow().place();
        assertEquals(51.88, p.latitude(), 0.5);
        assertEquals(128.33, p.longitude(), 0.5);
        assertEquals("Vostochny Cosmodrome", p.nameEn());
        assertEquals("Kosmodrom Wostotschny", p.nameDe());
        assertEquals(p, r.resolve(null, "Wostotschny").orElseThrow().place());
    }

    @Test
    void aLandmarkInATownGoesByTheTownsNames() {
        Place p = r.resolve("location:kim-il-sung-square", "Kim-Il-Sung-Platz").orElseThrow().place();
        assertEquals("Pyongyang", p.nameEn());
        assertEquals("Pjöngjang", p.nameDe());
    }

    @Test
    void registryPlacesCarryTheRegistrysNames() {
        PlaceResolver.Resolved v = r.resolve("location:vladivostok", "Wladiwostok").orElseThrow();
        assertEquals("registry", v.method());
        assertEquals("Wladiwostok", v.place().nameDe());
        assertEquals("Vladivostok", v.place().nameEn());
        Place p = r.resolve("other:location:pjoengjang", "Pjöngjang").orElseThrow().place();
        assertEquals("Pyongyang", p.nameEn());
        assertEquals(39.03, p.latitude(), 0.5);
    }

    @Test
    void countriesAndRegionsWithoutATownResolveToTheCountry() {
        PlaceResolver.Resolved k = r.resolve("country:PRK", "Nordkorea").orElseThrow();
        assertEquals(Place.Kind.COUNTRY, k.place().kind());
        assertEquals("North Korea", k.place().nameEn());
        assertEquals("registry-country", r.resolve("location:siberia", "Sibirien").orElseThrow().method());
        assertTrue(r.resolve("location:europe", "Europa").isEmpty());
        assertTrue(r.resolve(null, "Bali").isEmpty(), "two towns in India share the name");
    }

    @Test
    void everyCuratedRowNamesARegistryPlaceAndAGazetteerEntry() throws IOException {
        String table;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("places/registry-places.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertTrue(org.newsgraph.link.ActorRegistry.curated().get(f[0]).isPresent(), f[0]);
            assertTrue(Gazetteer.builtIn().get(f[1]).isPresent(), line);
            assertEquals("curated", r.resolve(f[0], null).orElseThrow().method(), f[0]);
        }
    }
}
