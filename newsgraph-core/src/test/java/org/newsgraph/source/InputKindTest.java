/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindTest {
    @TempDir
    Path dir;

    private InputKind kindOf(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return InputKind.of(p.toString());
    }

    private InputKind kindOf(String name, String content) throws Exception {
        return kindOf(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tellsSourcesFromTheStoresOwnFiles() throws Exception {
        assertEquals(InputKind.URL, InputKind.of("https://example.org/feed"));
        assertEquals(InputKind.URL, InputKind.of("HTTP://example.org/"));
        assertEquals(InputKind.FEED, kindOf("news.xml", FeedParserTest.resource("feeds/rss20.xml")));
        assertEquals(InputKind.FEED, kindOf("news", FeedParserTest.resource("feeds/atom.xml")));
        assertEquals(InputKind.SITEMAP, kindOf("map.xml", FeedParserTest.resource("sitemaps/index.xml")));
        assertEquals(InputKind.SITEMAP, kindOf("map.xml.gz", new byte[] {0x1f, (byte) 0x8b}));
        assertEquals(InputKind.OPML, kindOf("subs.xml", FeedParserTest.resource("feeds/list.opml")));
        assertEquals(InputKind.URL_LIST, kindOf("feeds.txt", FeedParserTest.resource("feeds/list.txt")));
        assertEquals(InputKind.WARC, kindOf("cc-news.warc.gz", new byte[0]));
        assertEquals(InputKind.PAGE, kindOf("page.html", "<html><body>x</body></html>"));
        assertEquals(InputKind.OTHER, kindOf("article.txt", "Kim reist nach Russland\n\nText."));
        assertEquals(InputKind.OTHER, kindOf("articles.jsonl", "{\"title\": \"x\"}\n"));
        assertEquals(InputKind.DIRECTORY, InputKind.of(dir.toString()));
        assertEquals(InputKind.MISSING, InputKind.of(dir.resolve("nothing.xml").toString()));
        assertTrue(InputKind.FEED.isSource());
        assertFalse(InputKind.OTHER.isSource());
        assertFalse(InputKind.DIRECTORY.isSource());
    }
}
