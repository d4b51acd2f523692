/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Event;
import org.newsgraph.model.Language;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.PloverType;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;

/** Actors a reader supplies where the sentence names none, through the whole pipeline, on sentences we wrote. */
class ImplicitActorsIT {
    private static final Pipeline PIPELINE = Pipelines.standard();

    private static List<Event> events(String text, Language lang) throws Exception {
        List<Paragraph> body = new ArrayList<>();
        for (String p : text.split("\n")) {
            body.add(Paragraph.of(p));
        }
        Article a = Article.builder().id("implicit").body(body).language(lang.code())
                .published(LocalDate.of(2024, 6, 3), DateMethod.RECORD).build();
        return PIPELINE.analyze(a, "implicit", new InputHints(null, null, LocalDate.of(2024, 6, 3), lang.code()))
                .events();
    }

    private static boolean has(List<Event> events, PloverType type, String source, String target, String rule) {
        return events.stream().anyMatch(e -> e.type() == type && e.source().entity().equals(source)
                && e.target() != null && e.target().entity().equals(target) && e.method().contains(rule));
    }

    @Test
    void aPassiveActOfForceContinuesTheDoerBefore() throws Exception {
        List<Event> events = events("Die Polizei in Minsk nahm am Montag zwei Anführer der Opposition fest. "
                + "Andere wurden gefoltert.", Language.GERMAN);
        assertTrue(has(events, PloverType.ASSAULT, "country:BLR", "country:BLR", "source=continued"),
                events.toString());
    }

    @Test
    void theAccusedDidTheActInsideTheAccusation() throws Exception {
        List<Event> events = events("Kenya accused al-Shabaab of carrying out the attacks on the army.",
                Language.ENGLISH);
        assertTrue(has(events, PloverType.ASSAULT, "group:al-shabaab", "country:KEN", "source=accused"),
                events.toString());
    }

    @Test
    void weInsideAQuotationIsItsSpeaker() throws Exception {
        List<Event> events = events("\"We will expel the Russian diplomats,\" Polish Foreign Minister Radosław "
                + "Sikorski said on Monday.", Language.ENGLISH);
        assertTrue(events.stream().anyMatch(e -> e.method().contains("source=speaker")
                && e.source().entity().endsWith("radoslaw-sikorski") && e.target() != null
                && e.target().entity().equals("country:RUS")), events.toString());
    }
}
