/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;

/**
 * What the caller knows about a document beyond its content. Values given on the command line
 * ({@code publishedMethod} {@link DateMethod#CLI}) win over what the reader found; values from a feed item or news
 * sitemap ({@link DateMethod#FEED}, see {@link #fromFeed}) are fallbacks, used only where the page itself has none.
 * {@code null} leaves the article's own value.
 *
 * @param url             the article's URL
 * @param outlet          the outlet's name
 * @param published       the publication day
 * @param language        "de", "en", or {@code null}/"auto" to detect
 * @param publishedMethod where the hints come from: {@link DateMethod#CLI} (they win) or {@link DateMethod#FEED}
 *                        (fallbacks); the date method recorded when {@code published} is used
 * @param authors         author names from the feed item (fallback only)
 * @param summary         the feed item's summary as plain text (fallback text when the page yields none)
 */
public record InputHints(String url, String outlet, LocalDate published, String language, DateMethod publishedMethod,
        List<String> authors, String summary) {
    public static final InputHints NONE = new InputHints(null, null, null, null);

    public InputHints {
        publishedMethod = publishedMethod == null ? DateMethod.CLI : publishedMethod;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Values given by the caller (command-line options): they win over the document's own. */
    public InputHints(String url, String outlet, LocalDate published, String language) {
        this(url, outlet, published, language, DateMethod.CLI, List.of(), null);
    }

    /** What a feed item or news sitemap says about the article: used only where the page says nothing. */
    public static InputHints fromFeed(String url, String outlet, LocalDate published, List<String> authors,
            String summary) {
        return new InputHints(url, outlet, published, null, DateMethod.FEED, authors, summary);
    }

    /** True when the hints are fallbacks from a feed rather than given values. */
    public boolean fallbacks() {
        return publishedMethod == DateMethod.FEED;
    }

    /** The article with the hinted values applied. */
    public Article apply(Article a) {
        if (fallbacks()) {
            return applyFallbacks(a);
        }
        if (url == null && outlet == null && published == null) {
            return a;
        }
        Article.Builder b = a.toBuilder();
        if (url != null) {
            b.url(url);
            b.id(null);
        }
        if (outlet != null) {
            b.outlet(outlet);
        }
        if (published != null) {
            b.published(published, publishedMethod);
        }
        return b.build();
    }

    private Article applyFallbacks(Article a) {
        Article.Builder b = a.toBuilder();
        boolean changed = false;
        if (a.url() == null && url != null) {
            b.url(url);
            b.id(null);
            changed = true;
        }
        if (a.outlet() == null && outlet != null) {
            b.outlet(outlet);
            changed = true;
        }
        if (a.published() == null && published != null) {
            b.published(published, DateMethod.FEED);
            changed = true;
        }
        if (a.authors().isEmpty() && !authors.isEmpty()) {
            b.authors(authors);
            changed = true;
        }
        boolean noText = blank(a.lead()) && a.body().stream().allMatch(p -> blank(p.text()));
        if (noText && !blank(summary)) {
            b.lead(summary);
            changed = true;
        }
        return changed ? b.build() : a;
    }

    /** True when the language is to be detected. */
    public boolean detectLanguage() {
        return language == null || language.isBlank() || "auto".equalsIgnoreCase(language);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
