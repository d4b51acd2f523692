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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages in real headless Chromium on the demo store: search for an actor, open an article, click an event and
 * see its evidence sentence; the actor, dyad and network pages draw data; claims and sources list rows. Saves a
 * screenshot of each page under {@code target/screenshots/}.
 */
class BrowserIT {
    private static DemoServer demo;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static String url(String path) {
        return demo.http.base() + path.substring(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void searchForAnActorThenOpenAnArticleAndClickAnEventToSeeItsEvidence() throws Exception {
        browser.driver.get(url("/"));
        WebElement q = browser.await(By.id("q"));
        q.sendKeys("Putin");
        q.submit();
        browser.await(By.cssSelector("li.hit"));
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("li.hit mark"));
        assertFalse(marks.isEmpty(), "matches are marked");
        assertTrue(marks.get(0).getText().toLowerCase(Locale.ROOT).startsWith("putin"), marks.get(0).getText());
        browser.awaitCount(By.id("attention"), "data-points");
        browser.screenshot("search");

        browser.driver.findElement(By.cssSelector("li.hit .hit-title a")).click();
        WebElement first = browser.await(By.cssSelector("#event-list li.event a"));
        String id = browser.driver.getCurrentUrl().replaceAll(".*/article/", "");
        JsonNode event = demo.http.json("/api/articles/" + id).get("events").get(0);
        first.click();
        WebElement evidence = browser.await(By.cssSelector("#provenance blockquote.evidence"));
        assertEquals(event.get("evidence_text").asText().strip(), evidence.getText().strip());
        assertFalse(browser.driver.findElements(By.cssSelector("#article-text .ann.selected")).isEmpty(),
                "the evidence is marked in the text");
        browser.screenshot("article");
    }

    @Test
    void actorPageChartsHaveDataPoints() throws Exception {
        String actor = demo.http.json("/api/actors?limit=1").get("items").get(0).get("id").asText();
        browser.driver.get(url("/actor/" + enc(actor)));
        assertTrue(browser.awaitCount(By.id("roles-chart"), "data-points") > 0);
        assertTrue(browser.awaitCount(By.id("timeline-chart"), "data-points") > 0);
        browser.await(By.cssSelector("#partners tbody tr"));
        browser.screenshot("actor");
    }

    @Test
    void dyadPageChartHasDataPointsAndEvidence() throws Exception {
        JsonNode edge = demo.http.json("/api/network/edges?limit=1").get("items").get(0);
        browser.driver.get(url("/dyad/" + enc(edge.get("source").asText()) + "/" + enc(edge.get("target").asText())));
        assertTrue(browser.awaitCount(By.id("dyad-chart"), "data-points") > 0);
        assertConsecutiveMonths(browser.js("return echarts.getInstanceByDom(document.getElementById('dyad-chart'))"
                + ".getOption().xAxis[0].data"));
        WebElement row = browser.await(By.cssSelector("table.clusters tbody tr"));
        assertFalse(row.findElement(By.tagName("q")).getText().isBlank(), "each event shows its evidence");
        browser.screenshot("dyad");
    }

    /** A time axis shows every month between its ends, also those without data (regression: gaps were dropped). */
    private static void assertConsecutiveMonths(Object categories) {
        List<?> months = (List<?>) categories;
        assertFalse(months.isEmpty());
        for (int i = 1; i < months.size(); i++) {
            assertEquals(YearMonth.parse(months.get(i - 1).toString()).plusMonths(1),
                    YearMonth.parse(months.get(i).toString()), months.toString());
        }
    }

    @Test
    void networkHasNodesAndEdgesAndAnEdgeLeadsToItsDyad() throws Exception {
        browser.driver.get(url("/network"));
        assertTrue(browser.awaitCount(By.id("graph"), "data-nodes") > 1);
        assertTrue(browser.awaitCount(By.id("graph"), "data-edges") > 0);
        assertTrue(((Number) browser.js("return window.NG_cy.edges().length")).intValue() > 0);
        browser.screenshot("network");
        browser.js("window.NG_cy.edges()[0].emit('tap')");
        browser.waiting().until(d -> d.getCurrentUrl().contains("/dyad/"));
        assertTrue(browser.awaitCount(By.id("dyad-chart"), "data-points") > 0);
    }

    @Test
    void claimsAndSourcesPagesListRows() throws Exception {
        browser.driver.get(url("/claims?certainty=reported"));
        browser.await(By.cssSelector("table.claims tbody tr"));
        for (WebElement badge : browser.driver.findElements(By.cssSelector("table.claims .badge"))) {
            assertEquals("reported", badge.getText());
        }
        browser.screenshot("claims");
        browser.driver.get(url("/sources"));
        browser.await(By.cssSelector("#outlets tbody tr"));
        assertTrue(browser.awaitCount(By.id("coverage-chart"), "data-points") > 0);
        browser.screenshot("sources");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapShowsPlacesOnTheShippedOutlines() throws Exception {
        browser.driver.get(url("/map?actor=country:PRK&lang=en"));
        assertTrue(browser.awaitCount(By.id("map"), "data-points") > 0);
        browser.await(By.cssSelector("table.places tbody tr"));
        List<Map<String, Object>> points = (List<Map<String, Object>>) browser.js("return window.NG_map");
        assertTrue(points.stream().anyMatch(p -> "Pyongyang".equals(p.get("label"))
                && Math.abs(((Number) p.get("latitude")).doubleValue() - 39.03) < 0.5), points.toString());
        assertTrue(((Number) browser.js("return echarts.getMap('world').geoJSON.features.length")).intValue() > 100,
                "the country outlines are registered from the server, no tiles");
        browser.screenshot("map");
    }
}
