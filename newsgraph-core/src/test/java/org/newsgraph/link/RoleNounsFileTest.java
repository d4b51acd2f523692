/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Language;

/** The role-noun data ({@code actors/role-nouns.txt}) is well formed and refers to offices the registry holds. */
class RoleNounsFileTest {
    private final ActorRegistry registry = ActorRegistry.curated();

    @Test
    void linesAreWellFormedAndReferToKnownOfficesAndCountries() throws IOException {
        Set<String> offices = new HashSet<>();
        registry.actors().forEach(a -> a.roles().forEach(r -> offices.add(r.office())));
        List<String> bad = new ArrayList<>();
        Set<String> forms = new HashSet<>();
        int n = 0;
        for (String line : ActorRegistryLintTest.resource("actors/role-nouns.txt").split("\\R")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\\s*\\|\\s*", -1);
            if (p.length != 4 || Language.fromCode(p[0]).isEmpty()) {
                bad.add(n + ": expected lang | forms | office | country");
                continue;
            }
            if (!offices.contains(p[2])) {
                bad.add(n + ": no one holds the office " + p[2]);
            }
            String c = p[3];
            if (!c.isEmpty() && registry.get(c.contains(":") ? c : "country:" + c).isEmpty()) {
                bad.add(n + ": unknown country " + c);
            }
            for (String f : p[1].split("\\s*;\\s*")) {
                if (f.isBlank() || f.split(" ").length > 3) {
                    bad.add(n + ": '" + f + "' must be one to three words");
                }
                if (!forms.add(p[0] + "|" + f.toLowerCase(Locale.ROOT))) {
                    bad.add(n + ": '" + f + "' listed twice");
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theLinkerReadsTheFile() {
        RoleNouns nouns = RoleNouns.load(registry);
        for (String w : List.of("Machthaber", "Präsidenten", "Kremlchef", "Außenministerin", "Aussenminister",
                "Bundeskanzlerin", "Ministerpräsident", "Diktator", "Staatschef", "Verteidigungsminister")) {
            assertTrue(nouns.isRoleNoun(Language.GERMAN, w), w);
        }
        for (String w : List.of("president", "premier", "leader", "chancellor")) {
            assertTrue(nouns.isRoleNoun(Language.ENGLISH, w), w);
        }
    }
}
