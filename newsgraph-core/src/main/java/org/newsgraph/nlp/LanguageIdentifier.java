/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

/** Identifies the language of a text. Implementations are thread-safe. */
public interface LanguageIdentifier {
    /**
     * The most likely language of the text.
     *
     * @return the ISO 639-1 code and a confidence in 0..1; code {@code null} when the text gives no signal
     */
    Detection identify(String text);

    /** An identified language and how sure the identifier is. */
    record Detection(String code, double confidence) {}
}
