/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;

/**
 * Regression tests for the fuzzing finding "a feed nested thousands of elements deep overflows Rome's stack" (5,000
 * levels of markup in a description) and its relatives in sitemaps and OPML (minutes in the DOM): deep documents are
 * refused with a typed error before any parser builds a tree, and ordinary nesting still parses.
 */
class DeepXmlTest {
    private static final int DEEP = 100_000;

    private static byte[] feed(int depth) {
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
                + "<link>https://deep.example/x</link><description>" + "<b>".repeat(depth) + "x" + "</b>".repeat(depth)
                + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void deepFeedsSitemapsAndOpmlAreRefusedWithATypedError() {
        BadInputException f = assertThrows(BadInputException.class, () -> new FeedParser().parse("deep.xml",
                feed(DEEP)));
        assertTrue(f.getMessage().contains("nested deeper than 512"), f.getMessage());
        assertThrows(BadInputException.class, () -> new FeedParser().parse("deep.xml", feed(5_000)));
        byte[] sitemap = ("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url>".repeat(DEEP) + "</url>".repeat(DEEP) + "</urlset>").getBytes(StandardCharsets.UTF_8);
        assertThrows(BadInputException.class, () -> new SitemapReader().parse("https://deep.example/s.xml", sitemap,
                "text/xml"));
        byte[] opml = ("<?xml version=\"1.0\"?><opml><body>" + "<outline text=\"x\">".repeat(DEEP)
                + "</outline>".repeat(DEEP) + "</body></opml>").getBytes(StandardCharsets.UTF_8);
        assertThrows(BadInputException.class, () -> FeedList.parse("deep.opml", opml));
    }

    @Test
    void ordinaryNestingStillParses() {
        assertDoesNotThrow(() -> new FeedParser().parse("https://deep.example/feed.xml", feed(40)));
        assertFalse(XmlSniffer.nestedDeeperThan(feed(40), XmlSniffer.MAX_DEPTH));
    }

    @Test
    void theDepthScanIgnoresCommentsCdataSelfClosingTagsAndQuotedBrackets() {
        String inert = "<a><!-- <b><b><b> --><![CDATA[<c><c><c>]]><d/><e x=\"<f>\" y='>'/><?pi <g>?></a>";
        assertFalse(XmlSniffer.nestedDeeperThan(inert.getBytes(StandardCharsets.UTF_8), 1));
        assertTrue(XmlSniffer.nestedDeeperThan("<a><b><c></c></b></a>".getBytes(StandardCharsets.UTF_8), 2));
    }
}
