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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The foundation's English acceptance check: {@code analyze --lang auto} on one of the project's own samples. */
class AnalyzeEnglishSampleIT {
    @Test
    void analysesAnEnglishSampleWithDetectedLanguage() throws Exception {
        CliRun r = CliRun.of("analyze", "--lang", "auto", "--compact", "../samples/en-01-alaska-summit.json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals("newsgraph.analysis/1", n.get("schema").asText());
        JsonNode a = n.get("article");
        assertEquals("en", a.get("language").asText());
        assertEquals("Trump and Putin meet in Alaska but reach no ceasefire deal", a.get("title").asText());
        assertEquals("2025-08-16", a.get("published").asText());
        assertTrue(n.get("sentences").size() > 10);

        Set<String> ids = new HashSet<>();
        n.get("entities").forEach(e -> ids.add(e.get("id").asText()));
        for (String id : new String[] {"person:donald-trump", "person:vladimir-putin", "person:volodymyr-zelensky",
                "country:UKR", "country:RUS", "country:USA"}) {
            assertTrue(ids.contains(id), id + " in " + ids);
        }
        Set<String> values = new HashSet<>();
        n.get("timexes").forEach(t -> values.add(t.get("text").asText() + "=" + t.get("value").asText()));
        assertTrue(values.contains("Friday=2025-08-15"), values.toString());
        assertTrue(values.contains("Monday=2025-08-18"), "the announced Monday lies ahead: " + values);
        assertFalse(n.get("events").isEmpty());
        assertFalse(n.get("claims").isEmpty());
    }
}
