/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** People roll up to the state of the office they held on the day; others to their country; states to themselves. */
class StateRollupTest {
    private final StateRollup rollup = new StateRollup(ActorRegistry.curated());

    @ParameterizedTest(name = "{0} on {1} belongs to {2}")
    @CsvSource({
        "person:vladimir-putin, 2023-09-13, country:RUS",
        "person:kim-jong-un, 2023-09-13, country:PRK",
        "person:dmitry-peskov, 2023-09-14, country:RUS",
        "person:antonio-guterres, 2023-09-14, org:united-nations",
        "person:dmitry-medvedev, 2010-01-01, country:RUS",
        "country:USA, 2020-01-01, country:USA",
        "org:united-nations, 2020-01-01, org:united-nations",
        "group:hamas, 2023-11-22, group:hamas",
        "location:vladivostok, 2019-04-25, country:RUS"})
    void rollsUpOnTheDay(String actor, String day, String state) {
        assertEquals(state, rollup.stateOf(actor, null, LocalDate.parse(day)));
    }

    @Test
    void anActorOutsideTheRegistryBelongsToItsCountryCodeElseToItself() {
        assertEquals("country:FRA", rollup.stateOf("other:person:jean-dupont", "FRA", LocalDate.of(2024, 1, 1)));
        assertEquals("other:group:x", rollup.stateOf("other:group:x", null, null));
        assertNull(rollup.stateOf(null, null, null));
    }
}
