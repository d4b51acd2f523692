/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import static org.newsgraph.store.TestAnalyses.KIM;
import static org.newsgraph.store.TestAnalyses.PUTIN;
import static org.newsgraph.store.TestAnalyses.RUSSIA;

import java.util.List;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.PloverType;

/**
 * The clustering fixture: four reports of the Kim–Putin meeting of 13 September 2023 from four outlets in German and
 * English (one a verbatim reprint of the wire text), and the same dyad's 2019 summit.
 */
public final class MeetingFixture {
    private MeetingFixture() {}

    public static List<Analysis> analyses() {
        Analysis wire = TestAnalyses.analyse(TestAnalyses.article("/cluster/1-wire-de.json"), KIM, PUTIN, RUSSIA);
        Analysis reprint = TestAnalyses.analyse(TestAnalyses.article("/cluster/2-reprint-de.json"), KIM, PUTIN, RUSSIA);
        Analysis own = TestAnalyses.analyse(TestAnalyses.article("/cluster/3-own-de.json"), KIM, PUTIN, RUSSIA);
        Analysis herald = TestAnalyses.analyse(TestAnalyses.article("/cluster/4-herald-en.json"), KIM, PUTIN, RUSSIA);
        Analysis old = TestAnalyses.analyse(TestAnalyses.article("/cluster/5-herald-2019-en.json"), KIM, PUTIN, RUSSIA);
        return List.of(
                TestAnalyses.with(wire, List.of(TestAnalyses.event(wire, "e1", PloverType.CONSULT, "040", KIM, PUTIN,
                        "2023-09-13", "getroffen")), List.of()),
                TestAnalyses.with(reprint, List.of(TestAnalyses.event(reprint, "e1", PloverType.CONSULT, "040", KIM,
                        PUTIN, "2023-09-13", "getroffen")), List.of()),
                TestAnalyses.with(own, List.of(TestAnalyses.event(own, "e1", PloverType.CONSULT, "040", PUTIN, KIM,
                        "2023-09-13", "Begegnung")), List.of(TestAnalyses.claim(own, "c1", null,
                        "Beobachter in Seoul rechnen"))),
                TestAnalyses.with(herald, List.of(TestAnalyses.event(herald, "e1", PloverType.CONSULT, "042", KIM,
                        RUSSIA, "2023-09-13", "met Russian President")), List.of(TestAnalyses.claim(herald, "c1",
                        null, "Washington has warned"))),
                TestAnalyses.with(old, List.of(TestAnalyses.event(old, "e1", PloverType.CONSULT, "040", KIM, PUTIN,
                        "2019-04-25", "met Russian President"), TestAnalyses.event(old, "e2", PloverType.REQUEST,
                        "020", PUTIN, null, "2019-04-25", "security guarantees")), List.of(TestAnalyses.claim(old,
                        "c1", PUTIN, "Putin said after the meeting"))));
    }
}
