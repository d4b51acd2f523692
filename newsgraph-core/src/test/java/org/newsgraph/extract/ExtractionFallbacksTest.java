/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.RawDocument;

/** Pages whose text sits where furniture usually is: the cascade still finds it. */
class ExtractionFallbacksTest {
    private static final String PROSE = "<p>The committee met on Tuesday and discussed the budget for the coming "
            + "year at length, with several members asking for more detail on the planned investments.</p>";
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article read(String html) throws Exception {
        return reader.read(RawDocument.ofFile("page.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noscriptHoldingThePageIsKept() throws Exception {
        Article a = read("<html><head><title>Budget talks</title></head><body><div id=app></div><noscript>"
                + "<h1>Budget talks</h1>" + PROSE.repeat(4) + "</noscript><nav><a href=/>Home</a></nav></body></html>");
        assertTrue(ArticleText.of(a).text().contains("The committee met on Tuesday"), a.toString());
    }

    @Test
    void smallNoscriptIsStillDropped() throws Exception {
        Article a = read("<html><body><article><h1>Budget talks</h1>" + PROSE.repeat(4) + "</article><noscript>"
                + "<p>Please enable JavaScript to see the comments below this article.</p></noscript></body></html>");
        assertTrue(!ArticleText.of(a).text().contains("enable JavaScript"), a.toString());
    }

    @Test
    void pageWithoutBodyTextGivesItsDescription() throws Exception {
        Article a = read("<html><head><title>Flood video</title><meta name=description content=\"Rivers in the "
                + "north burst their banks overnight;  thousands were evacuated.\"></head><body><nav><a href=/>Home"
                + "</a></nav><div class=video-player><video src=v.mp4></video></div></body></html>");
        assertEquals("html:description", a.extraction());
        assertEquals("Rivers in the north burst their banks overnight; thousands were evacuated.", a.lead());
    }

    @Test
    void pagerInsideAnotherWordIsNoFurniture() {
        assertEquals(0, Boilerplate.verdict("apageroot__sectionwrapper"));
        assertEquals(Boilerplate.STRONG, Boilerplate.verdict("list-pager"));
        assertEquals(Boilerplate.STRONG, Boilerplate.verdict("pager"));
    }
}
