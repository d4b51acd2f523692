/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.Actor;
import org.newsgraph.link.ActorRegistry;

/** Imports the real Phoenix dictionaries (../shared/data/petrarch2) and loads them as a layer. */
class ActorsImportPhoenixIT {
    @TempDir
    Path dir;

    @Test
    void importsThePhoenixDictionariesAsALayerUnderTheCuratedRegistry() throws Exception {
        // the build passes the shared data folder in newsgraph.data (the bench artifact, which knows more, is no
        // dependency of the application)
        Path petrarch = Path.of(System.getProperty("newsgraph.data", "../../shared/data"), "petrarch2");
        Assumptions.assumeTrue(java.nio.file.Files.isDirectory(petrarch),
                "../shared/data/petrarch2 is absent: Phoenix import not tested");
        Path layer = dir.resolve("phoenix.actors");
        ActorsCommandTest.Run r = ActorsCommandTest.run("actors", "import-phoenix",
                petrarch.resolve("Phoenix.Countries.actors.txt").toString(),
                petrarch.resolve("Phoenix.International.actors.txt").toString(),
                petrarch.resolve("Phoenix.MilNonState.actors.txt").toString(), "--out", layer.toString());
        assertEquals(0, r.code(), r.err());
        String summary = r.err().lines().reduce((a, b) -> b).orElse("");
        int people = Integer.parseInt(summary.replaceAll("^imported (\\d+) people.*", "$1"));
        assertTrue(people > 15_000, summary);
        assertTrue(r.err().contains("7 malformed codes skipped"), summary);

        ActorRegistry layered = ActorRegistry.curated().withLayers(List.of(layer));
        assertTrue(layered.size() > ActorRegistry.curated().size() + 15_000);
        Actor putin = layered.get("person:vladimir-putin").orElseThrow();
        assertEquals(ActorRegistry.curated().get("person:vladimir-putin").orElseThrow().names(), putin.names());
        assertEquals(List.of("person:dmitry-medvedev"), layered.holders("head-of-state", "RUS",
                LocalDate.of(2010, 1, 1)).stream().map(Actor::id).toList(), "curated roles win");
        Actor yeltsin = layered.get("person:boris-yeltsin").orElseThrow();
        assertTrue(yeltsin.roles().size() > 1, "Phoenix adds Yeltsin's career before 1991: " + yeltsin.roles());
    }
}
