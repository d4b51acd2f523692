/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Articles carrying {@code <script>}, {@code onerror=}, {@code onload=} and {@code javascript:} payloads (in the
 * outlet, URL, kicker, title, lead, body and authors; {@code src/test/resources/xss/}) are ingested with the demo
 * store; every page that shows them is opened in Chromium and nothing may run: no alert, no marker set by a payload,
 * no element built from the payload's markup, no {@code javascript:} link; the payload shows as literal text.
 */
class XssIT {
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

    @Test
    void payloadsInArticlesNeverRunInThePages() throws Exception {
        JsonNode hits = demo.http.json("/api/search?q=Xsstrap").get("items");
        assertEquals(2, hits.size(), "both XSS fixtures are stored and found");
        List<String> pages = new ArrayList<>(List.of("/search?q=Xsstrap", "/", "/claims?q=Finnland", "/claims",
                "/sources", "/network", "/search?q=Russland", "/actor/country:FIN", "/dyad/RUS/FIN", "/dyad/FIN/RUS"));
        for (JsonNode h : hits) {
            pages.add("/article/" + h.get("article_id").asText());
        }
        for (String page : pages) {
            browser.driver.get(demo.http.base() + page.substring(1));
            browser.awaitIdle();
            Thread.sleep(700); // failed image loads fire onerror asynchronously
            assertNothingRan(page);
        }
    }

    @Test
    void theArticlePageShowsThePayloadAsText() throws Exception {
        String id = demo.http.json("/api/search?q=Xsstrap%20council").get("items").get(0).get("article_id").asText();
        browser.driver.get(demo.http.base() + "article/" + id);
        browser.await(By.cssSelector("#article-text span"));
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("<script>"), "title as text");
        String text = browser.driver.findElement(By.id("article-text")).getText();
        assertTrue(text.contains("<b onmouseover=") && text.contains("<svg onload="), text);
        assertTrue(browser.driver.findElement(By.cssSelector(".meta")).getText().contains("<img src=x onerror="));
        Thread.sleep(700);
        assertNothingRan("/article/" + id);
    }

    @Test
    void articleJsonIsServedAsJsonThatBrowsersMustNotSniff() throws Exception {
        String id = demo.http.json("/api/search?q=Xsstrap%20council").get("items").get(0).get("article_id").asText();
        HttpResponse<String> r = demo.http.get("/api/articles/" + id);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    private static void assertNothingRan(String page) {
        try {
            String alert = browser.driver.switchTo().alert().getText();
            fail(page + ": a payload opened an alert: " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertNull(browser.driver.findElement(By.tagName("body")).getAttribute("data-pwned"), page);
        Number built = (Number) browser.js("return document.querySelectorAll("
                + "'main img, main svg, main iframe, main b[onmouseover], main script, main style').length");
        assertEquals(0, built.intValue(), page + ": markup from an article became an element");
        Number jsLinks = (Number) browser.js("return [...document.querySelectorAll('a[href]')].filter(a => "
                + "a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length");
        assertEquals(0, jsLinks.intValue(), page + ": a javascript: link");
    }
}
