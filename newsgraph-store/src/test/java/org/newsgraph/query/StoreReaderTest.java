/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.store.TestAnalyses.KIM;
import static org.newsgraph.store.TestAnalyses.PUTIN;
import static org.newsgraph.store.TestAnalyses.RUSSIA;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Language;
import org.newsgraph.model.PloverType;
import org.newsgraph.store.MeetingFixture;
import org.newsgraph.store.PendingArticle;
import org.newsgraph.store.Period;
import org.newsgraph.store.Store;
import org.newsgraph.store.TestAnalyses;

/**
 * The query layer on the meeting fixture (four reports of the Kim–Putin summit of 13 September 2023 and the 2019
 * summit), with two more reports: the summit named at the cosmodrome, and a look back to 2001.
 */
class StoreReaderTest {
    static final TestAnalyses.EntitySpec COSMODROME = new TestAnalyses.EntitySpec("location:vostochny-cosmodrome",
            EntityType.LOCATION, "Kosmodrom Wostotschny", Map.of(), "Kosmodrom Wostotschny");

    @TempDir
    static Path dir;
    static Store store;
    static StoreReader reader;

    @BeforeAll
    static void fill() throws Exception {
        store = Store.open(dir.resolve("store"));
        List<PendingArticle> batch = new ArrayList<>();
        for (Analysis a : MeetingFixture.analyses()) {
            batch.add(new PendingArticle(extra(a), "fixture/" + a.article().outlet()));
        }
        store.write(batch);
        store.refreshDerived();
        reader = new StoreReader(store, 2, 1);
    }

    /** The wire gets the summit's place in its headline; the 2019 report a look back to 2001. */
    private static Analysis extra(Analysis a) {
        String text = a.annotated().text().text();
        if (text.contains("Kosmodrom Wostotschny") && a.article().outlet().equals("Nordpress")) {
            Analysis b = TestAnalyses.analyse(a.article(), KIM, PUTIN, RUSSIA, COSMODROME);
            List<Event> events = new ArrayList<>(a.events());
            events.add(TestAnalyses.event(b, "e2", PloverType.CONSULT, "040", KIM, PUTIN, "2023-09-13",
                    "trifft Putin im Kosmodrom"));
            return TestAnalyses.with(b, events, a.claims());
        }
        if (a.article().published().getYear() == 2019) {
            List<Event> events = new ArrayList<>(a.events());
            events.add(TestAnalyses.event(a, "e3", PloverType.AGREE, "057", PUTIN, KIM, "2001", "security guarantees"));
            return TestAnalyses.with(a, events, a.claims());
        }
        return a;
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        store.close();
    }

    @Test
    void actorsAreNamedInTheReadersLanguageAndFoundByAnyOfTheirNames() throws Exception {
        assertEquals("Russland", reader.actor("country:RUS", Language.GERMAN).label());
        assertEquals("Russia", reader.actor("RUS", Language.ENGLISH).label());
        assertEquals("Vladimir Putin", reader.actor("person:vladimir-putin", Language.ENGLISH).label());
        assertEquals("country:RUS", reader.actors("Kreml", null, Language.ENGLISH, 0, 10).items().get(0).id(),
                "the seat names the state");
        assertEquals("country:RUS", reader.actors("russia", null, Language.ENGLISH, 0, 10).items().get(0).id());
        assertEquals("person:vladimir-putin", reader.resolveActor("Wladimir Putin").orElseThrow());
        assertThrows(NotFoundException.class, () -> reader.roles("person:nobody", Period.MONTH));
    }

    @Test
    void peopleRollUpToTheirStatesSoTheStateDyadHoldsTheSummit() throws Exception {
        Dyad states = reader.dyad("country:PRK", "country:RUS", Period.MONTH, Level.STATE, Filters.NONE,
                Language.ENGLISH, 0, 50);
        assertEquals("North Korea", states.a().label());
        assertTrue(states.clusters().items().stream().anyMatch(k -> "2023-09-13".equals(k.date())
                && "person:kim-jong-un".equals(k.source()) || "person:kim-jong-un".equals(k.target())),
                states.clusters().toString());
        Dyad people = reader.dyad("person:kim-jong-un", "person:vladimir-putin", Period.MONTH, Level.ACTOR,
                Filters.NONE, Language.ENGLISH, 0, 50);
        assertEquals(List.of("2019-04", "2023-09"), people.series().stream().map(SeriesPoint::period).toList());
        assertEquals(1, people.series().get(1).clusters(), "four reports, one real event");
        Dyad putinAsState = reader.dyad("person:kim-jong-un", "person:vladimir-putin", Period.MONTH, Level.STATE,
                Filters.NONE, Language.ENGLISH, 0, 50);
        assertEquals("country:RUS", putinAsState.b().id());
    }

    @Test
    void eventsBeforeTheArticlesAreHistoryNotChart() throws Exception {
        Dyad d = reader.dyad("person:kim-jong-un", "person:vladimir-putin", Period.MONTH, Level.ACTOR, Filters.NONE,
                Language.ENGLISH, 0, 50);
        assertEquals(List.of("2001"), d.history().stream().map(ClusterRow::date).toList());
        assertEquals("year", d.history().get(0).datePrecision());
        assertFalse(d.series().stream().anyMatch(p -> p.period().startsWith("2001")));
        assertEquals(1, reader.history("person:vladimir-putin", Level.ACTOR, null, Language.ENGLISH, 10).size());
    }

    @Test
    void partnersAreCounterpartsNotTheActorsOwnState() throws Exception {
        List<PartnerRow> kim = reader.partners("person:kim-jong-un", 5, Level.ACTOR, Language.ENGLISH);
        assertEquals("person:vladimir-putin", kim.get(0).id());
        List<PartnerRow> putin = reader.partners("person:vladimir-putin", 5, Level.ACTOR, Language.ENGLISH);
        assertTrue(putin.stream().noneMatch(p -> p.id().equals("country:RUS")), putin.toString());
        List<PartnerRow> korea = reader.partners("country:PRK", 5, Level.STATE, Language.GERMAN);
        assertEquals("country:RUS", korea.get(0).id());
        assertEquals("Russland", korea.get(0).label());
    }

    @Test
    void theMapShowsTheSummitAtTheCosmodrome() throws Exception {
        List<MapPoint> points = reader.map(Filters.NONE.withActor("person:kim-jong-un"), null, null, Level.ACTOR,
                Language.GERMAN);
        MapPoint p = points.stream().filter(x -> x.label().contains("Wostotschny")).findFirst().orElseThrow(
                () -> new AssertionError(points.toString()));
        assertEquals(51.88, p.latitude(), 0.5);
        assertEquals(128.33, p.longitude(), 0.5);
    }

    @Test
    void searchCountsEveryMatch() throws Exception {
        Page<SearchRow> page = reader.search(new org.newsgraph.store.SearchRequest("Putin", null, null, null, null,
                null, false, 0), 0, 2);
        assertEquals(2, page.items().size());
        assertEquals(5, page.total());
    }
}
