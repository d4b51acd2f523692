/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;
import org.newsgraph.model.Span;
import org.newsgraph.model.TestTexts;
import org.newsgraph.model.Timex;

class AnalysisJsonTest {
    @Test
    void writesTheContractShape() throws Exception {
        AnnotatedText t = TestTexts.annotated("Kim trifft Putin.", Language.GERMAN, LocalDate.of(2023, 9, 11));
        Entity kim = new Entity("person:kim-jong-un", EntityType.PERSON, "Kim Jong-un", Map.of("iso3", "PRK"),
                List.of(new Mention(0, 0, 3, "Kim", "coref", 0.7)));
        Timex tx = new Timex(0, 0, 3, "Kim", "DATE", null, "test");
        Evidence ev = new Evidence(0, 0, 17, "Kim trifft Putin.");
        Event e = new Event("e1", PloverType.CONSULT, "040", "meet", new Argument("person:kim-jong-un", "Kim", 0, 3),
                new Argument("person:vladimir-putin", "Putin", 11, 16), null,
                new EventTime("2023-09-11", null, EventTime.Method.DOCUMENT_DATE), Modality.PLANNED,
                Certainty.REPORTED, new Attribution("media:nyt", "NYT", "nach", "c1", null), ev, 0.8, "lexicon:treffen");
        Claim c = new Claim("c1", new Argument(null, "ein Sprecher", -1, -1), "sagte", List.of(),
                new Span(0, 17, "Kim trifft Putin."), List.of(new Span(0, 17, "Kim trifft Putin.")), ClaimKind.INDIRECT,
                Certainty.REPORTED, false, null, null, ev, 0.7, "rule:test");
        String json = AnalysisJson.toJson(new Analysis(t, List.of(kim), List.of(tx), List.of(e), List.of(c)), false);
        JsonNode n = new ObjectMapper().readTree(json);
        assertEquals("newsgraph.analysis/1", n.get("schema").asText());
        assertEquals("2023-09-11", n.at("/article/published").asText());
        assertEquals("cli", n.at("/article/date_method").asText());
        assertEquals("Kim trifft Putin.", n.at("/article/text").asText());
        assertEquals(17, n.at("/sentences/0/end").asInt());
        assertEquals("PRK", n.at("/entities/0/codes/iso3").asText());
        assertTrue(n.at("/timexes/0/value").isNull());
        assertEquals("CONSULT", n.at("/events/0/type").asText());
        assertEquals("document-date", n.at("/events/0/time/method").asText());
        assertEquals("planned", n.at("/events/0/modality").asText());
        assertTrue(n.at("/events/0/location").isNull());
        assertEquals("nach", n.at("/events/0/attribution/cue").asText());
        assertEquals("indirect", n.at("/claims/0/kind").asText());
        assertTrue(n.at("/claims/0/speaker/entity").isNull());
    }
}
