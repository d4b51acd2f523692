/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.RawDocument;

/** The publication-date cascade, one stage at a time; a page without a date stays undateable. */
class DateExtractorTest {
    private static final String BODY = "<h1>Headline of the story</h1><p>"
            + "A paragraph of article text that is long enough to count as the body of the story. ".repeat(4) + "</p>";

    private static Article read(String head, String body, String url) throws Exception {
        String html = "<html><head>" + head + "</head><body><article>" + body + BODY + "</article></body></html>";
        return new HtmlArticleReader().read(new RawDocument("page.html", html.getBytes(StandardCharsets.UTF_8), url,
                null, java.time.Instant.parse("2025-01-01T00:00:00Z"), Map.of(), "http"));
    }

    @Test
    void aFullDayInTheUrlComesFirstThenJsonLd() throws Exception {
        String head = "<meta property=\"article:published_time\" content=\"2020-01-01\"><script type=\"application/"
                + "ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-06-30T22:00:00+02:00\"}</script>";
        Article url = read(head, "", "https://example.invalid/2019/05/04/story");
        assertEquals(LocalDate.of(2019, 5, 4), url.published());
        assertEquals(DateMethod.URL, url.dateMethod());
        Article ld = read(head, "", "https://example.invalid/2019/05/story-3-of-4");
        assertEquals(LocalDate.of(2021, 6, 30), ld.published());
        assertEquals(DateMethod.JSON_LD, ld.dateMethod());
    }

    @Test
    void metaTagsThenUrlThenText() throws Exception {
        Article meta = read("<meta name=\"DC.date.issued\" content=\"2020-01-02\">", "", null);
        assertEquals(LocalDate.of(2020, 1, 2), meta.published());
        assertEquals(DateMethod.META, meta.dateMethod());

        Article url = read("", "", "https://example.invalid/news/2019/05/04/story.html");
        assertEquals(LocalDate.of(2019, 5, 4), url.published());
        assertEquals(DateMethod.URL, url.dateMethod());

        Article text = read("", "<div class=\"article-date\">Veröffentlicht am 3. März 2022</div>", null);
        assertEquals(LocalDate.of(2022, 3, 3), text.published());
        assertEquals(DateMethod.TEXT, text.dateMethod());
    }

    @Test
    void undateablePageIsNeverGivenTheFetchDate() throws Exception {
        Article a = read("", "", "https://example.invalid/story");
        assertNull(a.published());
        assertEquals(DateMethod.NONE, a.dateMethod());
    }

    @Test
    void modificationDayWhenDeclared() throws Exception {
        Article a = read("<meta property=\"article:modified_time\" content=\"2023-02-03T10:00:00Z\">", "", null);
        assertEquals(LocalDate.of(2023, 2, 3), a.modified());
    }

    @Test
    void theShownDayWinsWhenTheMetadataBacksIt() throws Exception {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2021-01-01T11:00:00Z\",\"dateModified\":\"2023-04-01T10:00:00Z\"}</script>";
        String shown = "<h1>Headline of the story</h1><p class=\"publish-info\">Updated 01.04.2023, 12:00</p>";
        Article revised = read(head, shown, null);
        assertEquals(LocalDate.of(2023, 4, 1), revised.published());
        assertEquals(DateMethod.JSON_LD, revised.dateMethod());
        Article plain = read(head, "", null);
        assertEquals(LocalDate.of(2021, 1, 1), plain.published());
    }

    @Test
    void aTimeStampDeclaredInUtcIsReadInTheOffsetThePageShows() throws Exception {
        String head = "<meta property=\"article:published_time\" content=\"2023-11-09T06:35:29+00:00\">";
        String shown = "<h1>Headline of the story</h1><time datetime=\"2023-11-08T22:35:29-08:00\">Nov 8, 2023</time>";
        Article a = read(head, shown, null);
        assertEquals(LocalDate.of(2023, 11, 8), a.published());
        assertEquals(DateMethod.TEXT, a.dateMethod());
    }

    @Test
    void aBareDateTagGivesWayToTheShownDay() throws Exception {
        String shown = "<h1>Headline of the story</h1><span class=\"date\">05.02.2020</span>";
        Article a = read("<meta name=\"date\" content=\"2020-02-12\">", shown, null);
        assertEquals(LocalDate.of(2020, 2, 5), a.published());
    }

    @Test
    void datesOfCommentsAndAsidesAreNotThePagesDate() throws Exception {
        String body = "<h1>Headline of the story</h1><aside><span class=\"date\">1 March 2020</span></aside>"
                + "<div class=\"comments\"><span class=\"comment-date\">2 March 2020</span></div>"
                + "<p>Berlin, 14. Januar 2020 – Die Meldung des Tages.</p>";
        Article a = read("", body, null);
        assertEquals(LocalDate.of(2020, 1, 14), a.published());
        assertEquals(DateMethod.TEXT, a.dateMethod());
    }

    @Test
    void theModifiedDayWhenThePageWritesOnlyIt() throws Exception {
        String head = "<meta property=\"article:published_time\" content=\"2017-08-21\">"
                + "<meta property=\"article:modified_time\" content=\"2019-04-03\">";
        Article a = read(head, "<h1>Headline of the story</h1><p>Stand: 03.04.2019</p>", null);
        assertEquals(LocalDate.of(2019, 4, 3), a.published());
        assertEquals(DateMethod.META, a.dateMethod());
    }
}
