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
    void bodyInAWrapperNamedLikeASidebarIsFoundByTheLenientPass() throws Exception {
        // the wrapper holds under 40 % of the page's text, so its name alone removes it in the first pass
        Article a = read("<html><head><title>Budget talks</title></head><body><nav>" + "<a href=/x>Section</a> "
                .repeat(200) + "</nav><div class=\"page-block and-w-sidebar\"><h1>Budget talks</h1>" + PROSE.repeat(8)
                + "</div><footer>" + "<a href=/y>Imprint</a> ".repeat(200) + "</footer></body></html>");
        assertTrue(a.extraction().startsWith("html:lenient-"), a.extraction());
        assertTrue(ArticleText.of(a).text().contains("The committee met on Tuesday"), a.toString());
    }

    /** The lenient pass runs here (much text, little found) but finds no prose, only a form's short lines. */
    @Test
    void shortMarkedPostIsNotReplacedByTheLenientPass() throws Exception {
        Article a = read("<html><head><title>A line</title></head><body><div class=entry-content><h1>A line</h1>"
                + "<p>Just one short thought today, nothing more.</p></div><div class=comment-form>"
                + "<p>Leave a comment.</p>" + "<p>Log in with your account to comment.</p>".repeat(30) + "</div><nav>"
                + "<a href=/x>Section</a> ".repeat(80) + "</nav></body></html>");
        assertTrue(!ArticleText.of(a).text().contains("Leave a comment"), a.toString());
    }

    @Test
    void pagerInsideAnotherWordIsNoFurniture() {
        assertEquals(0, Boilerplate.verdict("apageroot__sectionwrapper"));
        assertEquals(Boilerplate.STRONG, Boilerplate.verdict("list-pager"));
        assertEquals(Boilerplate.STRONG, Boilerplate.verdict("pager"));
    }
}
