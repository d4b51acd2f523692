/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.Language;

/** Without {@code lang}, the request's Accept-Language chooses the reader's language: its best supported one. */
class ParamsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "de-DE,de;q=0.9,en;q=0.8 | GERMAN",
        "en-GB,en;q=0.9,de;q=0.8 | ENGLISH",
        "fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5 | GERMAN",
        "fr-FR | ENGLISH",
        "en;q=0.3,de-CH;q=0.6 | GERMAN",
        "' ' | ENGLISH"})
    void acceptLanguageChoosesTheBestSupported(String header, Language expected) {
        assertEquals(expected, Params.accepted(header.isBlank() ? null : header));
    }
}
