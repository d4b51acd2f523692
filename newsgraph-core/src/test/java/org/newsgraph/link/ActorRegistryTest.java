/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;

/** The curated registry answers the questions the linker asks: who held an office when, and what a form names. */
class ActorRegistryTest {
    private final ActorRegistry registry = ActorRegistry.curated();

    @ParameterizedTest(name = "{0} of {1} on {2} is {3}")
    @CsvSource({
        "leader, PRK, 2023-09-11, person:kim-jong-un",
        "leader, PRK, 2005-06-01, person:kim-jong-il",
        "leader, PRK, 1990-01-01, person:kim-il-sung",
        "head-of-state, RUS, 2010-01-01, person:dmitry-medvedev",
        "head-of-state, RUS, 2005-01-01, person:vladimir-putin",
        "head-of-state, RUS, 2023-09-11, person:vladimir-putin",
        "head-of-government, RUS, 2010-01-01, person:vladimir-putin",
        "leader, RUS, 2010-01-01, person:vladimir-putin",
        "leader, CHN, 2023-09-11, person:xi-jinping",
        "head-of-state, CHN, 2008-08-08, person:hu-jintao",
        "leader, IRN, 2023-09-11, person:ali-khamenei",
        "head-of-state, IRN, 2023-09-11, person:ebrahim-raisi",
        "head-of-government, DEU, 2024-01-01, person:olaf-scholz",
        "head-of-government, DEU, 2025-06-01, person:friedrich-merz",
        "head-of-government, DEU, 2010-01-01, person:angela-merkel",
        "head-of-state, USA, 2020-06-01, person:donald-trump",
        "head-of-state, USA, 2022-06-01, person:joe-biden",
        "head-of-state, USA, 2025-06-01, person:donald-trump",
        "head-of-state, KOR, 2025-07-01, person:lee-jae-myung",
        "head-of-government, CAN, 2025-04-01, person:mark-carney",
        "head-of-government, JPN, 2025-11-01, person:sanae-takaichi",
        "head-of-state, UKR, 2023-09-11, person:volodymyr-zelensky",
        "head-of-state, GBR, 2023-09-11, person:charles-iii",
        "head-of-government, GBR, 2023-09-11, person:rishi-sunak",
        "head-of-state, FRA, 2023-09-11, person:emmanuel-macron",
        "foreign-minister, RUS, 2023-09-11, person:sergey-lavrov",
        "defence-minister, RUS, 2023-09-11, person:sergei-shoigu",
        "defence-minister, RUS, 2025-01-01, person:andrei-belousov",
        "foreign-minister, USA, 2023-09-11, person:antony-blinken",
        "foreign-minister, DEU, 2023-09-11, person:annalena-baerbock",
        "defence-minister, DEU, 2023-09-11, person:boris-pistorius",
        "leader, SAU, 2023-09-11, person:mohammed-bin-salman",
        "head-of-state, SAU, 2023-09-11, person:salman-bin-abdulaziz",
        "leader, TUR, 2023-09-11, person:recep-tayyip-erdogan",
        "leader, AFG, 2023-09-11, person:hibatullah-akhundzada",
        "head-of-state, AFG, 2010-01-01, person:hamid-karzai",
        "head-of-state, VAT, 2023-09-11, person:pope-francis",
        "secretary-general, org:united-nations, 2023-09-11, person:antonio-guterres",
        "secretary-general, org:nato, 2023-09-11, person:jens-stoltenberg",
        "president, org:european-commission, 2023-09-11, person:ursula-von-der-leyen",
        "leader, group:hamas, 2023-09-11, person:ismail-haniyeh",
    })
    void holdsTheOffice(String office, String country, LocalDate day, String id) {
        assertEquals(List.of(id), ids(registry.holders(office, country, day)));
    }

    @Test
    void idsThatGoldDataUsesExist() {
        List<String> ids = List.of("country:SUN", "country:XKX", "country:PSE", "country:TWN",
                "region:donetsk-peoples-republic", "region:luhansk-peoples-republic", "region:crimea",
                "person:vladimir-putin", "person:kim-jong-un", "person:kim-jong-il", "person:kim-il-sung",
                "person:xi-jinping", "person:olaf-scholz", "person:donald-trump", "org:united-nations", "org:nato",
                "org:european-union", "org:european-commission", "org:iaea", "org:who", "org:imf", "org:world-bank",
                "org:g7", "org:g20", "org:brics", "org:opec", "org:sco", "org:icc", "org:icj", "org:african-union",
                "org:asean", "org:gaidar-institute", "org:telegram", "group:hamas", "group:hezbollah",
                "group:islamic-state", "group:taliban", "group:wagner-group", "group:houthis", "group:al-shabaab",
                "group:boko-haram", "group:pkk", "media:new-york-times", "media:washington-post", "media:reuters",
                "media:associated-press", "media:afp", "media:dpa", "media:tass", "media:ria-novosti", "media:xinhua",
                "media:kcna", "media:yonhap", "media:bbc", "media:nk-news", "media:vedomosti", "media:cnn",
                "media:al-jazeera", "media:der-spiegel", "media:faz", "media:sueddeutsche-zeitung", "media:nzz",
                "media:tagesschau", "media:guardian", "media:financial-times", "media:wall-street-journal",
                "media:bloomberg", "media:interfax", "location:moscow", "location:pyongyang",
                "location:vladivostok", "location:beijing", "location:kyiv", "location:washington",
                "location:brussels");
        assertEquals(List.of(), ids.stream().filter(id -> registry.get(id).isEmpty()).toList());
    }

    @Test
    void separatistCapitalsNameTheEntityOrTheCity() {
        assertEquals(Set.of("region:donetsk-peoples-republic/SEAT", "location:donetsk/NAME"), registry.forms("Donezk")
                .stream().map(f -> f.actorId() + "/" + f.kind()).collect(Collectors.toSet()));
    }

    @Test
    void handoverDayHasBothHoldersAndTheNextDayOne() {
        assertEquals(Set.of("person:vladimir-putin", "person:dmitry-medvedev"),
                Set.copyOf(ids(registry.holders("head-of-state", "RUS", LocalDate.of(2008, 5, 7)))));
        assertEquals(List.of("person:dmitry-medvedev"),
                ids(registry.holders("head-of-state", "RUS", LocalDate.of(2008, 5, 8))));
    }

    @Test
    void anUnknownDayFindsTheHolderInOffice() {
        assertEquals(List.of("person:xi-jinping"), ids(registry.holders("leader", "CHN", null)));
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource({
        "Russlands, country:RUS", "russische, country:RUS", "Russische, country:RUS", "Russen, country:RUS",
        "Russians, country:RUS", "Russian, country:RUS", "Nordkoreas, country:PRK", "nordkoreanischen, country:PRK",
        "Demokratische Volksrepublik Korea, country:PRK", "DPRK, country:PRK", "Südkorea, country:KOR",
        "ROK, country:KOR", "USA, country:USA", "U.S., country:USA", "Vereinigten Staaten, country:USA",
        "Großbritannien, country:GBR", "Grossbritannien, country:GBR", "Weißrussland, country:BLR",
        "Weissrussland, country:BLR", "Türkiye, country:TUR", "Amerikanern, country:USA", "Kreml, country:RUS",
        "Kremls, country:RUS", "Weisses Haus, country:USA", "Weißen Haus, country:USA", "White House, country:USA",
        "Sowjetunion, country:SUN", "sowjetisch, country:SUN", "Krim, region:crimea", "UNO, org:united-nations",
        "Uno, org:united-nations", "Vereinten Nationen, org:united-nations", "Kim Jong-uns, person:kim-jong-un",
        "Kim Il-sung, person:kim-il-sung", "Putins, person:vladimir-putin", "Wladiwostok, location:vladivostok",
        "New York Times, media:new-york-times", "Wedomosti, media:vedomosti", "NK News, media:nk-news",
        "Telegram, org:telegram", "Gaidar-Instituts für Wirtschaftspolitik, org:gaidar-institute",
        "Gaidar-Institut, org:gaidar-institute", "Ost-Wirtschaftsforum, org:eastern-economic-forum",
        "Internationalen Währungsfonds, org:imf", "Islamischen Staat, group:islamic-state",
    })
    void formNamesActor(String form, String id) {
        assertEquals(Set.of(id), registry.forms(form).stream().map(SurfaceForm::actorId).collect(Collectors.toSet()));
    }

    @Test
    void capitalsAreSeatsAndPlaces() {
        Set<String> moskau = registry.forms("Moskau").stream().map(f -> f.actorId() + "/" + f.kind())
                .collect(Collectors.toSet());
        assertEquals(Set.of("country:RUS/SEAT", "location:moscow/NAME"), moskau);
        Set<String> pyongyang = registry.forms("Pyongyang").stream().map(f -> f.actorId() + "/" + f.kind())
                .collect(Collectors.toSet());
        assertEquals(Set.of("country:PRK/SEAT", "location:pyongyang/NAME"), pyongyang);
        assertEquals(Set.of("org:european-union/SEAT", "location:brussels/NAME"), registry.forms("Brüssel").stream()
                .map(f -> f.actorId() + "/" + f.kind()).collect(Collectors.toSet()));
    }

    @Test
    void ambiguousShortNamesAreNotAliases() {
        for (String form : List.of("Kim", "Lee", "Li", "Park", "Moon", "Korea", "Bush", "Clinton", "Spiegel",
                "Die Welt", "Male", "Sicherheitsrat", "Pole", "Finne", "Wagner", "May", "Johnson", "Sharif")) {
            assertEquals(List.of(), registry.forms(form), form);
        }
    }

    @Test
    void formsKnowTheirLanguage() {
        assertTrue(registry.forms("Island").stream()
                .allMatch(f -> f.language() == Language.GERMAN && !f.appliesTo(Language.ENGLISH)));
        assertTrue(registry.forms("Iceland").stream().allMatch(f -> f.appliesTo(Language.ENGLISH)));
    }

    @Test
    void codesReportTheCountryOfPeople() {
        Actor kim = registry.get("person:kim-jong-un").orElseThrow();
        assertEquals("PRK", kim.codes().get("iso3"));
        assertEquals("PRKGOV", kim.codes().get("cameo"));
        assertEquals("IGOUNO", registry.get("org:united-nations").orElseThrow().codes().get("cameo"));
        assertEquals("IGOWSTNAT", registry.get("org:nato").orElseThrow().cameo());
        assertEquals("KSV", registry.get("country:XKX").orElseThrow().cameo());
    }

    @Test
    void searchFindsLabelsAdjectivesAndSeats() {
        assertTrue(ids(registry.search("kreml")).contains("country:RUS"));
        assertTrue(ids(registry.search("nordkoreanisch")).contains("country:PRK"));
        assertTrue(ids(registry.search("Putin")).contains("person:vladimir-putin"));
    }

    @Test
    void typesFollowIdConventions() {
        assertEquals(EntityType.GROUP, registry.get("group:taliban").orElseThrow().type());
        assertEquals(EntityType.MEDIA, registry.get("media:tass").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, registry.get("org:telegram").orElseThrow().type());
        assertEquals(EntityType.LOCATION, registry.get("region:donetsk-peoples-republic").orElseThrow().type());
        assertEquals("head-of-government", registry.get("country:DEU").orElseThrow().executive());
    }

    private static List<String> ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).toList();
    }
}
