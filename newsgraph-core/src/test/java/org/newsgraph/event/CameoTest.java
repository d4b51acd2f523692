/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;

class CameoTest {
    @Test
    void declaredPlansAreIntents() {
        assertEquals("036", Cameo.code("040", PloverType.CONSULT, new Mood(Modality.PLANNED, true)));
        assertEquals("033", Cameo.code("072", PloverType.AID, new Mood(Modality.PLANNED, true)));
        assertEquals("031", Cameo.code("061", PloverType.COOPERATE, new Mood(Modality.PLANNED, true)));
        assertEquals("035", Cameo.code("0841", PloverType.CONCEDE, new Mood(Modality.PLANNED, true)));
        assertEquals("138", Cameo.code("190", PloverType.ASSAULT, new Mood(Modality.PLANNED, true)));
    }

    @Test
    void plansNoOneDeclaresKeepTheActsCode() {
        assertEquals("040", Cameo.code("040", PloverType.CONSULT, new Mood(Modality.PLANNED, false)));
        assertEquals("072", Cameo.code("072", PloverType.AID, new Mood(Modality.PLANNED, false)));
    }

    @Test
    void declaredRefusalsAreRejections() {
        assertEquals("121", Cameo.code("070", PloverType.AID, new Mood(Modality.NEGATED, true)));
        assertEquals("125", Cameo.code("040", PloverType.CONSULT, new Mood(Modality.NEGATED, true)));
        assertEquals("070", Cameo.code("070", PloverType.AID, new Mood(Modality.NEGATED, false)));
    }

    @Test
    void rootIsTheFirstTwoDigits() {
        assertEquals("08", Cameo.root("0841"));
        assertEquals("19", Cameo.root("190"));
    }
}
