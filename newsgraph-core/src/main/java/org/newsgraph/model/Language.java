/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.Locale;
import java.util.Optional;

/** The languages Newsgraph analyses natively; each knows its ISO 639-1 code and the {@link Locale} for case rules. */
public enum Language {
    GERMAN("de", Locale.GERMAN),
    ENGLISH("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for an ISO 639-1 code or a common name ("de", "DE", "german", "deutsch"), if supported. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        if (dash > 0) {
            c = c.substring(0, dash); // "de-CH", "en-GB"
        }
        switch (c) {
            case "de", "deu", "ger", "german", "deutsch":
                return Optional.of(GERMAN);
            case "en", "eng", "english", "englisch":
                return Optional.of(ENGLISH);
            default:
                return Optional.empty();
        }
    }
}
