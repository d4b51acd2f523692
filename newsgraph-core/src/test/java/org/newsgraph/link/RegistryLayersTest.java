/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;

/** Layers merge under the curated registry: the curated actors win where both speak. */
class RegistryLayersTest {
    @TempDir
    Path dir;

    private Path phoenixLayer() throws IOException {
        PhoenixImporter importer = new PhoenixImporter(ActorRegistry.curated());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("phoenix/mini.actors.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            importer.read("mini.actors.txt", r);
        }
        Path layer = dir.resolve("phoenix.actors");
        Files.writeString(layer, importer.layer(List.of("mini.actors.txt")), StandardCharsets.UTF_8);
        return layer;
    }

    @Test
    void curatedRolesWinAndOtherPeriodsAreAdded() throws Exception {
        ActorRegistry layered = ActorRegistry.curated().withLayers(List.of(phoenixLayer()));
        Actor putin = layered.get("person:vladimir-putin").orElseThrow();
        Actor curated = ActorRegistry.curated().get("person:vladimir-putin").orElseThrow();
        assertEquals(curated.names(), putin.names());
        assertEquals(curated.roles().size() + 1, putin.roles().size(), "only the elite role of 1975-1999 is new");
        assertTrue(putin.roles().contains(new Role("elite", "RUS", LocalDate.of(1975, 1, 1), LocalDate.of(1999, 8, 9))));
        assertEquals(List.of("person:dmitry-medvedev"), layered.holders("head-of-state", "RUS", LocalDate.of(2010, 1, 1))
                .stream().map(Actor::id).toList());
    }

    @Test
    void newPeopleJoinWithTheirForms() throws Exception {
        ActorRegistry layered = ActorRegistry.curated().withLayers(List.of(dir.resolve(".").resolve(phoenixLayer()
                .getFileName())));
        assertEquals(ActorRegistry.curated().size() + 8, layered.size());
        assertEquals(List.of("person:john-example-smith"), layered.forms("John Example Smith").stream()
                .map(SurfaceForm::actorId).toList());
        assertEquals(List.of("person:vladimir-putin"), layered.forms("Vladimir Putin").stream()
                .map(SurfaceForm::actorId).distinct().toList());
    }

    @Test
    void aFolderContributesItsActorsFiles() throws Exception {
        phoenixLayer();
        Files.writeString(dir.resolve("notes.txt"), "not a layer", StandardCharsets.UTF_8);
        ActorRegistry layered = ActorRegistry.curated().withLayers(List.of(dir));
        assertTrue(layered.get("person:hakim-kosovar").isPresent());
    }

    @Test
    void layerFormsTakenByTheCuratedRegistryAreDropped() {
        Actor stranger = RegistryFile.parse("t", 1, "person:another-putin | type=PERSON | country=RUS "
                + "| en=Putin; Another Putin");
        List<Actor> merged = RegistryLayers.merge(ActorRegistry.curated().actors(), List.of(stranger));
        Actor kept = merged.stream().filter(a -> a.id().equals("person:another-putin")).findFirst().orElseThrow();
        assertEquals(List.of("Another Putin"), kept.names().values().iterator().next().labels());
    }

    @Test
    void badLayersNameTheFile() throws IOException {
        Path bad = dir.resolve("bad.actors");
        Files.writeString(bad, "person:x | type=NOBODY\n", StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class,
                () -> ActorRegistry.curated().withLayers(List.of(bad)));
        assertTrue(e.getMessage().contains("bad.actors:1: unknown type 'NOBODY'"), e.getMessage());
        assertThrows(InputIoException.class, () -> ActorRegistry.curated().withLayers(List.of(dir.resolve("none"))));
    }

    @Test
    void overlapTreatsOpenEndsAsUnbounded() {
        Role open = new Role("x", "RUS", LocalDate.of(2000, 1, 1), null);
        Role before = new Role("x", "RUS", null, LocalDate.of(1999, 12, 31));
        Role touching = new Role("x", "RUS", null, LocalDate.of(2000, 1, 1));
        assertEquals(false, RegistryLayers.overlap(open, before));
        assertEquals(true, RegistryLayers.overlap(open, touching));
        Role across = new Role("x", "RUS", null, LocalDate.of(2000, 1, 2));
        assertEquals(List.of(before, touching), RegistryLayers.extraRoles(List.of(open), List.of(before, touching,
                across)).stream().collect(Collectors.toList()), "a role ending on the handover day is kept");
    }
}
