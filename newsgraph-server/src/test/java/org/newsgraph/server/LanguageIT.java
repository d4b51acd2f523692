/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One language per view: switched in the header, every page names every actor in that language. On each page (home,
 * search, article, actor, dyad, network, claims, sources, map) no actor name is the other language's name of an actor
 * whose names differ ("Russland" in English mode, "Russia" in German mode), whether in links, headings, facets,
 * tables or the network's nodes.
 */
class LanguageIT {
    private static DemoServer demo;
    private static Browser browser;
    /** Per language, the names in the other language that differ from this one's (the names it must not show). */
    private static final Map<String, Set<String>> FOREIGN = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.get();
        browser = Browser.start();
        Map<String, String> en = labels("en");
        Map<String, String> de = labels("de");
        FOREIGN.put("en", new HashSet<>());
        FOREIGN.put("de", new HashSet<>());
        for (Map.Entry<String, String> e : en.entrySet()) {
            String german = de.get(e.getKey());
            if (german != null && !german.equals(e.getValue())) {
                FOREIGN.get("en").add(german);
                FOREIGN.get("de").add(e.getValue());
            }
        }
        // a name that is one actor's English and another's German name is no evidence either way
        Set<String> both = new HashSet<>(FOREIGN.get("en"));
        both.retainAll(en.values());
        FOREIGN.get("en").removeAll(both);
        both = new HashSet<>(FOREIGN.get("de"));
        both.retainAll(de.values());
        FOREIGN.get("de").removeAll(both);
        assertTrue(FOREIGN.get("en").contains("Russland") && FOREIGN.get("de").contains("Russia"), FOREIGN.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static Map<String, String> labels(String lang) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (JsonNode a : demo.http.json("/api/actors?limit=1000&lang=" + lang).get("items")) {
            out.put(a.get("id").asText(), a.get("label").asText());
        }
        return out;
    }

    /** The pages to look at, each with an address (in the demo store: an article with events). */
    private static Map<String, String> pages() throws Exception {
        String article = demo.http.json("/api/events?limit=1&actor=country:RUS").get("items").get(0).get("article_id")
                .asText();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("home", "/");
        p.put("search", "/search?q=Putin");
        p.put("article", "/article/" + article);
        p.put("actor", "/actor/country:RUS");
        p.put("dyad", "/dyad/country:RUS/country:PRK");
        p.put("network", "/network");
        p.put("claims", "/claims");
        p.put("sources", "/sources");
        p.put("map", "/map?actor=country:PRK");
        return p;
    }

    @Test
    void theSwitchPutsEveryPageInOneLanguage() throws Exception {
        browser.driver.get(demo.http.base() + "?lang=en");
        browser.awaitIdle();
        assertEquals("true", browser.await(By.id("lang-en")).getAttribute("aria-pressed"));
        for (String lang : List.of("de", "en")) {
            browser.await(By.id("lang-" + lang)).click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("lang=" + lang));
            browser.awaitIdle();
            List<String> seen = new ArrayList<>();
            for (Map.Entry<String, String> page : pages().entrySet()) {
                browser.driver.get(demo.http.base() + page.getValue().substring(1)); // the choice is remembered
                browser.awaitIdle();
                List<String> names = names(page.getKey());
                for (String n : names) {
                    assertFalse(FOREIGN.get(lang).contains(n), page.getKey() + " in " + lang + " shows '" + n + "'");
                }
                seen.addAll(names);
                browser.screenshot("language-" + lang + "-" + page.getKey());
            }
            assertTrue(seen.contains(lang.equals("de") ? "Russland" : "Russia"), seen.toString());
            assertTrue(seen.contains(lang.equals("de") ? "Nordkorea" : "North Korea"), seen.toString());
        }
    }

    /** Every actor name on the page: elements carrying an actor id, and on the network page the graph's nodes. */
    @SuppressWarnings("unchecked")
    private static List<String> names(String page) {
        if (page.equals("network")) {
            browser.awaitCount(By.id("graph"), "data-nodes");
        }
        List<String> out = new ArrayList<>();
        for (WebElement e : browser.driver.findElements(By.cssSelector("[data-actor]"))) {
            String t = e.getText().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        if (page.equals("network")) {
            out.addAll((List<String>) browser.js("return window.NG_cy.nodes().map(n => n.data('label'))"));
        }
        return out;
    }
}
