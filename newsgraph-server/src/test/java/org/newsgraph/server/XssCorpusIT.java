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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The XSS payload corpus the team wrote ({@code xss/xss-3-corpus.jsonl}: two dozen vectors — script and event-handler
 * tags, attribute and element breakouts, mutation XSS, javascript: and data: URLs, meta refresh, base, form and
 * object tags, CSS, template and entity tricks, NUL and bidi characters — in every article field) rendered in
 * headless Chromium on every page that shows article data: no payload runs, none becomes an element.
 */
class XssCorpusIT {
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
    void noPayloadOfTheCorpusRunsInAnyPage() throws Exception {
        JsonNode hits = demo.http.json("/api/search?q=Payloadcorpus&limit=50").get("items");
        assertTrue(hits.size() >= 8, "the corpus is stored and found: " + hits.size());
        List<String> pages = new ArrayList<>(List.of("/search?q=Payloadcorpus", "/", "/claims?q=Kessling", "/claims",
                "/sources", "/network", "/actor/country:FIN", "/dyad/RUS/FIN", "/search?q=Payloadcorpus%20report"));
        for (JsonNode h : hits) {
            pages.add("/article/" + h.get("article_id").asText());
        }
        for (String page : pages) {
            browser.driver.get(demo.http.base() + page.substring(1));
            browser.awaitIdle();
            Thread.sleep(500); // failed image loads and autofocus fire their handlers asynchronously
            try {
                fail(page + ": a payload opened an alert: " + browser.driver.switchTo().alert().getText());
            } catch (NoAlertPresentException expected) {
                // nothing ran
            }
            assertNull(browser.driver.findElement(By.tagName("body")).getAttribute("data-pwned"), page);
            // the UI's own forms, inputs and data attributes are fine (payload text in an attribute value is inert);
            // what must not exist is an element or attribute a payload would make
            Object built = browser.js("return [...document.querySelectorAll('*')].filter(e => "
                    + "[...e.attributes].some(a => /^on/i.test(a.name) || a.name === 'srcdoc' "
                    + "|| /^(href|src|action|formaction|data|xlink:href)$/i.test(a.name) "
                    + "&& /^(javascript|vbscript|data:text\\/html)/i.test(a.value.replace(/[\\s\\u0000]/g, ''))) "
                    + "|| /^(SCRIPT|STYLE)$/.test(e.tagName) && /pwned/.test(e.textContent) "
                    + "|| /^(IFRAME|OBJECT|EMBED|MATH|NOSCRIPT|DETAILS)$/.test(e.tagName) "
                    + "|| e.tagName === 'BASE' || e.tagName === 'META' && /refresh/i.test(e.getAttribute('http-equiv') "
                    + "|| '')).map(e => e.outerHTML.substring(0, 200))");
            assertEquals(List.of(), built, page + ": markup from an article became an element");
            Number links = (Number) browser.js("return [...document.querySelectorAll('a[href]')].filter(a => "
                    + "/^\\s*(javascript|data|vbscript):/i.test(a.getAttribute('href').replace(/[\\s\\u0000]/g, '')))"
                    + ".length");
            assertEquals(0, links.intValue(), page + ": a script or data link");
        }
    }
}
