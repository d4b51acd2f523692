/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.pipeline;

import java.time.LocalDate;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;

/**
 * What the caller knows about a document beyond its content (command-line options, feed items). Given values win over
 * what the reader found; {@code null} leaves the article's own value.
 *
 * @param url       the article's URL
 * @param outlet    the outlet's name
 * @param published the publication day
 * @param language  "de", "en", or {@code null}/"auto" to detect
 */
public record InputHints(String url, String outlet, LocalDate published, String language) {
    public static final InputHints NONE = new InputHints(null, null, null, null);

    /** The article with the hinted values applied. */
    public Article apply(Article a) {
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
            b.published(published, DateMethod.CLI);
        }
        return b.build();
    }

    /** True when the language is to be detected. */
    public boolean detectLanguage() {
        return language == null || language.isBlank() || "auto".equalsIgnoreCase(language);
    }
}
