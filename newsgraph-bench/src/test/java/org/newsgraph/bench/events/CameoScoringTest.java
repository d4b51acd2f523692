/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.events.CameoDyads.Dyad;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;

/** Our events as CAMEO dyads, and their scores against gold codings. */
class CameoScoringTest {
    private static final CameoActors ACTORS = new CameoActors(ActorRegistry.builtIn());

    private static Event event(PloverType type, String cameo, String source, String target, Modality m, String method) {
        return new Event("e1", type, cameo, "test", new Argument(source, source, 0, 1),
                target == null ? null : new Argument(target, target, 2, 3), null,
                new EventTime(null, null, EventTime.Method.NONE), m, Certainty.ASSERTED, null,
                new Evidence(0, 0, 10, "test"), 0.8, method);
    }

    @Test
    void actorsAreMappedToTheHeadsOfTheirCameoCodes() {
        assertEquals("USA", ACTORS.head("country:USA"));
        assertEquals("PRK", ACTORS.head("person:kim-jong-un"));
        assertEquals("IGO", ACTORS.head("org:united-nations"));
        assertEquals("---", ACTORS.head("other:person:nobody"));
        assertEquals("---", CameoActors.headOf("---REB"));
        assertEquals("SYR", CameoActors.headOf("SYRREB"));
    }

    @Test
    void jointActsGoBothWaysAndHypotheticalsAndPlainNegationsAreLeftOut() {
        Set<Dyad> d = CameoDyads.of(List.of(
                event(PloverType.CONSULT, "040", "country:USA", "country:RUS", Modality.OCCURRED, "lexicon:meet/verb+joint"),
                event(PloverType.CONSULT, "040", "country:IRQ", "country:SYR", Modality.OCCURRED, "lexicon:meet/verb"),
                event(PloverType.ASSAULT, "190", "country:RUS", "country:CHE", Modality.HYPOTHETICAL, "lexicon:attack/verb"),
                event(PloverType.AID, "070", "country:KOR", "country:UKR", Modality.NEGATED, "lexicon:deliver/verb"),
                event(PloverType.AID, "121", "person:barack-obama", "country:ISR", Modality.NEGATED, "lexicon:provide/verb")),
                ACTORS);
        assertEquals(Set.of(new Dyad("040", "USA", "RUS"), new Dyad("040", "RUS", "USA"), new Dyad("040", "IRQ", "SYR"),
                new Dyad("121", "USA", "ISR")), d);
    }

    @Test
    void scoresByRootAndByFullCodeOverDistinctDyads() {
        PetrRecord r = new PetrRecord("X", "20150609", LocalDate.of(2015, 6, 9), "text", List.of(
                new PetrRecord.Coding("0841", "ISRGOV", "PSE"), new PetrRecord.Coding("084", "ISR", "PSECVL"),
                new PetrRecord.Coding("193", "SYRREB", "PHL")));
        PetrScorer s = new PetrScorer();
        s.add(r, Set.of(new Dyad("084", "ISR", "PSE"), new Dyad("190", "ISR", "PSE")), null);
        assertEquals(1, s.root().truePositives()); // 08 ISR PSE; the gold's two 08 codings are one dyad at the root
        assertEquals(2, s.root().predicted());
        assertEquals(2, s.root().gold());
        assertEquals(1, s.full().truePositives()); // 084 ISR PSE
        assertEquals(3, s.full().gold());
        assertTrue(s.root().precision() == 0.5);
    }
}
