/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.List;

/**
 * What a page says about its article outside the body text; {@code null} where it says nothing.
 *
 * @param title        the headline
 * @param kicker       the line above the headline
 * @param outlet       the site's name
 * @param canonicalUrl the publisher's canonical URL
 * @param language     the declared language code ("de", "en-GB" is given as "en")
 * @param authors      author names, cleaned of "By"/"Von"
 * @param description  the page's summary (meta description), used to recognise the lead
 * @param articleBody  the JSON-LD {@code articleBody}, a fallback when the markup yields no text
 * @param paywalled    whether the page declares the article (or part of it) as not free
 */
record PageMetadata(String title, String kicker, String outlet, String canonicalUrl, String language,
        List<String> authors, String description, String articleBody, boolean paywalled) {
    PageMetadata {
        authors = List.copyOf(authors);
    }
}
