/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 4's acceptance check on the seed: every named actor resolves to one registry actor with all its mentions. */
class SeedActorsIT {
    private static final Map<String, Set<String>> MENTIONS = new HashMap<>();

    @BeforeAll
    static void analyse() throws Exception {
        Path p = Path.of(System.getProperty("newsgraph.seeds", "../../shared/seeds"), "de-kim-russland-2023-09.txt");
        assumeTrue(Files.isRegularFile(p), "seed article not found at " + p + ": skipping");
        CliRun r = CliRun.of("analyze", p.toString(), "--published", "2023-09-11", "--compact");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        n.get("entities").forEach(e -> {
            Set<String> texts = MENTIONS.computeIfAbsent(e.get("id").asText(), k -> new HashSet<>());
            e.get("mentions").forEach(m -> texts.add(m.get("text").asText()));
        });
    }

    private static void assertMentions(String id, String... texts) {
        Set<String> got = MENTIONS.get(id);
        assertTrue(got != null, id + " not among " + MENTIONS.keySet());
        for (String t : texts) {
            assertTrue(got.contains(t), id + " lacks mention '" + t + "': " + got);
        }
    }

    @Test
    void peopleWithShortFormsRoleNounsAndGenitives() {
        assertMentions("person:kim-jong-un", "Kim Jong-un", "Kim", "Machthaber", "Kims");
        assertMentions("person:vladimir-putin", "Wladimir Putin", "Putin", "Putins");
        assertMentions("person:liu-guozhong", "Liu Guozhong");
        assertMentions("person:kim-jong-il", "Kim Jong-il");
        assertMentions("person:kim-il-sung", "Kim Il-sung");
        assertMentions("person:alexander-kalinin", "Alexander Kalinin");
        assertMentions("person:sergei-markov", "Sergei Markow");
        assertNotEquals(MENTIONS.get("person:kim-jong-un"), MENTIONS.get("person:kim-jong-il"));
        assertTrue(!MENTIONS.get("person:kim-jong-un").contains("Kim Jong-il"), "Kim Jong-il merged into Kim Jong-un");
    }

    @Test
    void statesWithTheirSeatsAndOrganisations() {
        assertMentions("country:PRK", "Nordkorea", "Nordkoreas", "Pyongyang");
        assertMentions("country:RUS", "Russland", "Moskau", "Kreml");
        assertMentions("country:CHN", "China", "Peking");
        assertMentions("country:USA", "USA");
        assertMentions("country:UKR", "Ukraine");
        assertMentions("country:KOR", "Südkorea");
        assertMentions("country:SUN", "Sowjetunion");
        assertMentions("org:united-nations", "UNO");
        assertMentions("media:new-york-times", "New York Times");
        assertMentions("media:nk-news", "NK News");
        assertMentions("media:vedomosti", "Wedomosti");
        assertTrue(MENTIONS.containsKey("org:gaidar-institute"), "Gaidar-Institut not linked");
        assertMentions("location:pyongyang", "Pyongyang");
    }
}
