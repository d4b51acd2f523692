/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.PloverType;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;

/** A lexicon entry with {@code unless:obj:CLASS} does not apply to an object of that class, on sentences we wrote. */
class UnlessConditionIT {
    private static List<Event> events(String text) throws Exception {
        RawDocument doc = RawDocument.ofFile("text.txt", ("Notiz\n\n" + text).getBytes(StandardCharsets.UTF_8));
        return Pipelines.standard().analyze(doc, new InputHints(null, null, LocalDate.of(2026, 3, 2), "de")).events();
    }

    @Test
    void aDeathTollIsNoDemand() throws Exception {
        List<Event> toll = events("Der Angriff der Taliban forderte im Norden des Landes zwölf Todesopfer.");
        assertTrue(toll.stream().noneMatch(e -> e.type() == PloverType.REQUEST), toll.toString());
        List<Event> demand = events("Polen fordert von Deutschland Reparationen.");
        assertTrue(demand.stream().anyMatch(e -> e.type() == PloverType.REQUEST), demand.toString());
    }
}
