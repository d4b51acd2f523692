/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The foundation's acceptance check: {@code analyze} on the seed article (read in place from ../shared/seeds). */
class AnalyzeSeedIT {
    private static Path seed() {
        Path p = Path.of(System.getProperty("newsgraph.seeds", "../../shared/seeds"), "de-kim-russland-2023-09.txt");
        assumeTrue(Files.isRegularFile(p), "seed article not found at " + p + ": skipping");
        return p;
    }

    @Test
    void analysesTheSeed() throws Exception {
        CliRun r = CliRun.of("analyze", seed().toString(), "--published", "2023-09-11", "--compact");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals("newsgraph.analysis/1", n.get("schema").asText());
        JsonNode a = n.get("article");
        assertEquals("Neue Partnerschaft", a.get("kicker").asText());
        assertEquals("Kim reist nach Russland – was vom Treffen mit Putin zu erwarten ist", a.get("title").asText());
        assertTrue(a.get("lead").asText().startsWith("Nordkoreas Machthaber ist offenbar unterwegs nach Wladiwostok."));
        assertEquals("de", a.get("language").asText());
        assertFalse(a.get("text").asText().contains("Fehler gefunden"));
        assertTrue(n.get("sentences").size() > 50);

        Set<String> labels = new HashSet<>();
        n.get("entities").forEach(e -> e.get("mentions").forEach(m -> labels.add(m.get("text").asText())));
        n.get("entities").forEach(e -> labels.add(e.get("label").asText()));
        for (String expected : new String[] {"Kim Jong-un", "Wladimir Putin", "Nordkorea", "Russland", "China", "USA",
                "Ukraine", "New York Times"}) {
            assertTrue(labels.contains(expected), "entity " + expected + " in " + labels);
        }
        Set<String> values = new HashSet<>();
        n.get("timexes").forEach(t -> values.add(t.get("text").asText() + "=" + t.get("value").asText()));
        assertTrue(values.contains("Montag=2023-09-11"), values.toString());
        assertTrue(values.contains("9. September 1948=1948-09-09"), values.toString());
        assertTrue(values.contains("vor einem Jahr=2022"), values.toString());
        assertTrue(values.contains("Mittwoch=2023-09-13"), values.toString());
        assertTrue(values.contains("in den kommenden Tagen=FUTURE_REF"), values.toString());
    }
}
