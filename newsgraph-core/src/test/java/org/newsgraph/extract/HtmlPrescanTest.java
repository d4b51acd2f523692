/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlPrescanTest {
    @Test
    void dropsScriptsStylesSvgAndCommentsButKeepsJsonLd() {
        String html = "<head><script>var a = '<p>not text</p>';</script><STYLE>p{}</STYLE>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
                + "<body><!-- <p>hidden</p> --><svg><text>logo</text></svg><p>kept</p></body>";
        HtmlPrescan.Result r = HtmlPrescan.scan(html, 256);
        assertEquals("<head></head><body><p>kept</p></body>", r.markup());
        assertEquals(1, r.jsonLd().size());
        assertEquals("{\"@type\":\"NewsArticle\"}", r.jsonLd().get(0));
        assertFalse(r.depthLimited());
    }

    @Test
    void dropsTagsNestedBeyondTheLimitButKeepsTheirText() {
        String html = "<body>" + "<div>".repeat(100) + "deep" + "</div>".repeat(100) + "<p>after</p></body>";
        HtmlPrescan.Result r = HtmlPrescan.scan(html, 20);
        assertTrue(r.depthLimited());
        assertEquals(20, count(r.markup(), "<div>"));
        assertEquals(20, count(r.markup(), "</div>"));
        assertTrue(r.markup().contains("deep") && r.markup().endsWith("<p>after</p></body>"));
    }

    @Test
    void unclosedParagraphsDoNotCountAsDepth() {
        String html = "<body>" + "<p>line ".repeat(1000) + "</body>";
        assertFalse(HtmlPrescan.scan(html, 20).depthLimited());
    }

    @Test
    void unterminatedScriptSwallowsTheRest() {
        assertEquals("<p>a</p>", HtmlPrescan.scan("<p>a</p><script>never closed", 256).markup());
    }

    private static int count(String s, String t) {
        int n = 0;
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
            n++;
        }
        return n;
    }
}
