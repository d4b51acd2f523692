/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    static final String WIRE = "Nordkoreas Machthaber Kim Jong-un ist zu einem Besuch in Russland eingetroffen. "
            + "Er traf Präsident Wladimir Putin im Kosmodrom Wostotschny im Fernen Osten des Landes. Die beiden "
            + "sprachen nach Angaben des Kremls über militärische Zusammenarbeit, Raumfahrt und Landwirtschaft. "
            + "Beobachter im Westen befürchten Waffenlieferungen an Moskau für den Krieg in der Ukraine.";

    @Test
    void identicalTextsHaveIdenticalSignatures() {
        assertArrayEquals(MinHash.of(WIRE), MinHash.of(WIRE.toUpperCase(java.util.Locale.ROOT) + "  "));
        assertEquals(1.0, MinHash.similarity(MinHash.of(WIRE), MinHash.of(WIRE)));
    }

    @Test
    void signatureRoundTripsThroughBytes() {
        long[] sig = MinHash.of(WIRE);
        assertArrayEquals(sig, MinHash.fromBytes(MinHash.toBytes(sig)));
    }

    @Test
    void lightlyEditedCopyIsSimilarAndAnotherStoryIsNot() {
        String edited = "Moskau (dpa) - " + WIRE.replace("Beobachter im Westen", "Westliche Beobachter");
        String other = "Die Bundesregierung hat am Montag ein neues Heizungsgesetz beschlossen. Hausbesitzer "
                + "sollen beim Austausch alter Öl- und Gasheizungen finanziell unterstützt werden, sagte der Minister.";
        assertTrue(MinHash.similarity(MinHash.of(WIRE), MinHash.of(edited)) >= NearDuplicates.THRESHOLD);
        assertTrue(MinHash.similarity(MinHash.of(WIRE), MinHash.of(other)) < 0.1);
    }

    @Test
    void groupsCopiesUnderTheSmallestIdRegardlessOfOrder() {
        String edited = WIRE.replace("Fernen Osten", "äußersten Osten");
        String other = "Ein ganz anderer Text über das Wetter in Wien, wo es am Wochenende regnen soll und kühl bleibt.";
        List<NearDuplicates.Signed> in = new ArrayList<>(List.of(
                new NearDuplicates.Signed("c", MinHash.of(edited)),
                new NearDuplicates.Signed("a", MinHash.of(WIRE)),
                new NearDuplicates.Signed("b", MinHash.of(other))));
        Map<String, String> groups = NearDuplicates.groups(in);
        assertEquals(Map.of("a", "a", "b", "b", "c", "a"), groups);
        java.util.Collections.shuffle(in, new Random(7));
        assertEquals(groups, NearDuplicates.groups(in));
    }

    @Test
    void independentSourcesCountOutletsAndCopiesOnce() {
        List<IndependentSources.Source> s = List.of(
                new IndependentSources.Source("a1", "Wire Daily", "a1"),
                new IndependentSources.Source("a2", "Reprint Post", "a1"),
                new IndependentSources.Source("a3", "Own Reporter", "a3"),
                new IndependentSources.Source("a4", "own reporter", "a4"),
                new IndependentSources.Source("a5", null, "a5"));
        assertEquals(3, IndependentSources.count(s));
    }
}
