/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FooterFilterTest {
    @Test
    void gluedInterfaceStringsAreChrome() {
        assertTrue(FooterFilter.isChrome("Fehler gefunden?Jetzt melden."));
        assertTrue(FooterFilter.isChrome("Artikel teilen"));
        assertTrue(FooterFilter.isChrome("© 2024 Example Media. All rights reserved."));
    }

    @Test
    void shortArticleSentencesAreNot() {
        assertFalse(FooterFilter.isChrome("Ob das gelingt, bleibt offen."));
        assertFalse(FooterFilter.isChrome("The talks resume on Friday."));
    }

    @Test
    void longLinesAreNeverChrome() {
        assertFalse(FooterFilter.isChrome("Die Kommentare des Ministers zu den Sanktionen wurden in Moskau mit großem "
                + "Interesse aufgenommen und lösten eine Debatte aus."));
    }
}
