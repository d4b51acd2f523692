/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;

class FeedListTest {
    @Test
    void opmlOutlinesAtAnyDepthWithoutDuplicates() throws Exception {
        List<FeedRef> feeds = FeedList.parse("list.opml", FeedParserTest.resource("feeds/list.opml"));
        assertEquals(List.of(new FeedRef("https://daily.example/rss.xml", "Daily Example"),
                new FeedRef("https://wire.example/rss", "Wire")), feeds);
    }

    @Test
    void plainListsWithTitlesAndComments() throws Exception {
        byte[] list = FeedParserTest.resource("feeds/list.txt");
        assertTrue(FeedList.isUrlList(list));
        assertEquals(List.of(new FeedRef("https://daily.example/rss.xml", "Daily Example"),
                new FeedRef("https://wire.example/rss", null)), FeedList.parse("list.txt", list));
    }

    @Test
    void badLinesAndEmptyListsAreNamed() {
        byte[] bad = "https://ok.example/rss\nftp://old.example/feed\n".getBytes(StandardCharsets.UTF_8);
        assertFalse(FeedList.isUrlList(bad));
        BadInputException e = assertThrows(BadInputException.class, () -> FeedList.parse("feeds.txt", bad));
        assertEquals("feeds.txt:2: not an http(s) URL: ftp://old.example/feed", e.getMessage());
        BadInputException empty = assertThrows(BadInputException.class,
                () -> FeedList.parse("empty.txt", "# nothing\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(empty.getMessage().contains("lists no feeds"));
    }
}
