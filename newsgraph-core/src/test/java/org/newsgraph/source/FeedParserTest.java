/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    static byte[] resource(String path) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return in.readAllBytes();
        }
    }

    @Test
    void rss20WithOriginalLinksGuidsAuthorsAndHtmlSummaries() throws Exception {
        ParsedFeed f = parser.parse("https://daily.example/rss.xml", resource("feeds/rss20.xml"));
        assertEquals("Daily Example – World", f.title());
        assertEquals("rss_2.0", f.type());
        assertEquals(2, f.items().size(), "the item without a link is dropped");
        FeedItem first = f.items().get(0);
        assertEquals("daily-4711", first.key());
        assertEquals("https://daily.example/world/2023/09/11/summit-ends?utm_source=rss&utm_medium=feed",
                first.link(), "FeedBurner's origLink wins over the proxy link");
        assertEquals(Instant.parse("2023-09-11T09:15:00Z"), first.published());
        assertEquals(List.of("A. Writer"), first.authors());
        assertEquals("The leaders agreed on three points.", first.summary());
        assertEquals("https://daily.example/world/2023/09/10/relative", f.items().get(1).link());
    }

    @Test
    void rss10WithDublinCore() throws Exception {
        ParsedFeed f = parser.parse("https://wire.example/rss", resource("feeds/rss10.rdf"));
        assertEquals("rss_1.0", f.type());
        FeedItem item = f.items().get(0);
        assertEquals("https://wire.example/story/1", item.link());
        assertEquals(Instant.parse("2023-09-11T05:30:00Z"), item.published());
        assertEquals(List.of("Jane Reporter"), item.authors());
    }

    @Test
    void rss091WithItsNetscapeDoctype() throws Exception {
        ParsedFeed f = parser.parse("https://testblatt.example/rss", resource("feeds/rss091.xml"));
        assertTrue(f.type().startsWith("rss_0.91"), f.type());
        assertEquals("Testblatt Nachrichten", f.title());
        assertEquals("Größere Brücke eröffnet", f.items().get(0).title());
        assertNull(f.items().get(0).published());
    }

    @Test
    void atomWithPublishedElseUpdated() throws Exception {
        ParsedFeed f = parser.parse("https://atom.example/feed", resource("feeds/atom.xml"));
        assertEquals("atom_1.0", f.type());
        assertEquals(Instant.parse("2023-09-12T06:00:00Z"), f.items().get(0).published());
        assertEquals(List.of("Kim Writer", "Lee Editor"), f.items().get(0).authors());
        assertEquals("tag:atom.example,2023:election", f.items().get(0).key());
        assertEquals(Instant.parse("2023-09-12T09:30:00Z"), f.items().get(1).published());
    }

    @Test
    void malformedXmlIsABadInputNamingTheFeed() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> parser.parse("https://broken.example/rss", resource("feeds/malformed.xml")));
        assertTrue(e.getMessage().startsWith("https://broken.example/rss: malformed feed: "), e.getMessage());
    }

    @Test
    void internalDoctypesStayForbidden() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> parser.parse("https://bomb.example/rss", resource("feeds/entity-bomb.xml")));
        assertTrue(e.getMessage().contains("malformed feed"), e.getMessage());
    }

    @Test
    void sniffsFeedsAmongOtherXml() throws Exception {
        assertTrue(FeedParser.looksLikeFeed(resource("feeds/atom.xml")));
        assertTrue(FeedParser.looksLikeFeed(resource("feeds/rss10.rdf")));
        assertTrue(FeedParser.looksLikeFeed(resource("feeds/rss091.xml")));
        assertTrue(!FeedParser.looksLikeFeed(resource("sitemaps/index.xml")));
    }
}
