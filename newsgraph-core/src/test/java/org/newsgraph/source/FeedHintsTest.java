/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Paragraph;
import org.newsgraph.pipeline.InputHints;

/** What a feed item says reaches the article as fallbacks, the date as date_method=feed. */
class FeedHintsTest {
    private static final FeedItem ITEM = new FeedItem("k1", "https://daily.example/a?utm_source=rss", "Title",
            Instant.parse("2023-09-10T23:30:00Z"), List.of("A. Writer"), "Feed summary.");

    private static Article page(LocalDate published, DateMethod method) {
        return Article.builder().title("Headline").addParagraph(new Paragraph(Paragraph.Kind.PARAGRAPH, "Body text."))
                .published(published, method).extraction("html").build();
    }

    @Test
    void anUndatedPageTakesTheFeedDateAsFeed() {
        InputHints hints = PageRequest.fromFeed(ITEM, "https://daily.example/rss", "Daily Example")
                .hints("https://daily.example/a");
        Article a = hints.apply(page(null, DateMethod.NONE));
        assertEquals(LocalDate.of(2023, 9, 10), a.published(), "the item's day in UTC");
        assertEquals(DateMethod.FEED, a.dateMethod());
        assertEquals("feed", a.dateMethod().wireName());
        assertEquals("Daily Example", a.outlet());
        assertEquals(List.of("A. Writer"), a.authors());
        assertEquals("https://daily.example/a", a.url());
    }

    @Test
    void thePagesOwnValuesWin() {
        Article own = page(LocalDate.of(2023, 9, 11), DateMethod.JSON_LD).toBuilder().outlet("Own Name")
                .authors(List.of("Own Author")).url("https://daily.example/a").build();
        Article a = InputHints.fromFeed("https://daily.example/a", "Daily Example", LocalDate.of(2023, 9, 10),
                List.of("A. Writer"), "Feed summary.").apply(own);
        assertSame(own, a);
    }

    @Test
    void theSummaryStandsInOnlyForAPageWithoutText() {
        Article titleOnly = Article.builder().title("Headline").extraction("html").build();
        InputHints hints = InputHints.fromFeed(null, null, null, List.of(), "Feed summary.");
        assertEquals("Feed summary.", hints.apply(titleOnly).lead());
        assertEquals(null, hints.apply(page(null, DateMethod.NONE)).lead());
    }

    @Test
    void commandLineHintsStillWin() {
        Article a = new InputHints(null, "CLI Outlet", LocalDate.of(2020, 1, 1), "de")
                .apply(page(LocalDate.of(2023, 9, 11), DateMethod.META));
        assertEquals(DateMethod.CLI, a.dateMethod());
        assertEquals(LocalDate.of(2020, 1, 1), a.published());
        assertEquals("CLI Outlet", a.outlet());
    }
}
