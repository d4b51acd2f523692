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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;

class SitemapReaderTest {
    private final SitemapReader reader = new SitemapReader();

    @Test
    void newsSitemapsGiveDatesTitlesAndPublications() throws Exception {
        SitemapReader.Sitemap map = reader.parse("https://daily.example/sitemaps/news.xml",
                FeedParserTest.resource("sitemaps/news-sitemap.xml"), "application/xml");
        assertTrue(map.sitemaps().isEmpty());
        assertEquals(2, map.pages().size());
        SitemapReader.Entry news = map.pages().stream()
                .filter(e -> e.url().endsWith("summit-ends")).findFirst().orElseThrow();
        assertEquals(Instant.parse("2023-09-11T09:15:00Z"), news.published());
        assertEquals("Summit ends with a joint statement", news.title());
        assertEquals("Daily Example", news.publication());
        SitemapReader.Entry about = map.pages().stream()
                .filter(e -> e.url().endsWith("/about")).findFirst().orElseThrow();
        assertNull(about.published(), "lastmod is a modification date, not a publication date");
    }

    @Test
    void indexesListTheirSitemaps() throws Exception {
        SitemapReader.Sitemap map = reader.parse("https://daily.example/sitemap.xml",
                FeedParserTest.resource("sitemaps/index.xml"), "application/xml");
        assertEquals(Set.of("https://daily.example/sitemaps/news.xml", "https://daily.example/sitemaps/2023-09.xml"),
                Set.copyOf(map.sitemaps()));
        assertTrue(map.pages().isEmpty());
    }

    @Test
    void malformedSitemapsAreNamed() {
        BadInputException e = assertThrows(BadInputException.class, () -> reader.parse("https://x.example/s.xml",
                "<urlset><url><loc>".getBytes(StandardCharsets.UTF_8), "application/xml"));
        assertTrue(e.getMessage().startsWith("https://x.example/s.xml: malformed sitemap"), e.getMessage());
    }
}
