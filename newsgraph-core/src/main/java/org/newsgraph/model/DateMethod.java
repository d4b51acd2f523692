/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.Locale;

/**
 * Where an article's publication date came from. {@link #NONE} means undateable: the date stays missing rather than
 * being filled with the fetch date.
 */
public enum DateMethod {
    /** Given on the command line ({@code --published}). */
    CLI,
    /** A field of an article record (JSON / JSONL input). */
    RECORD,
    /** JSON-LD {@code datePublished}. */
    JSON_LD,
    /** A meta tag (OpenGraph, Dublin Core, itemprop, common names). */
    META,
    /** A date pattern in the URL path. */
    URL,
    /** A date found in the visible text near the headline. */
    TEXT,
    /** The feed item that linked to the article. */
    FEED,
    /** A weaker signal chosen after all others failed (documented by the stage that used it). */
    FALLBACK,
    /** No date known. */
    NONE;

    /** The contract's spelling: lower case with hyphens ({@code json-ld}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DateMethod fromWireName(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
