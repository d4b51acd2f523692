/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.SeedArticle;

/** The project seed (plain text in ../shared/seeds) still reads correctly through the document reader. */
class PlainTextSeedTest {
    @Test
    void seedSplitsKickerTitleLeadAndDropsTheFooter() throws Exception {
        Path seed = SeedArticle.path();
        Article a = new DocumentReader(new HtmlArticleReader()).read(RawDocument.ofFile(seed.toString(),
                Files.readAllBytes(seed)));
        assertEquals("Neue Partnerschaft", a.kicker());
        assertEquals("Kim reist nach Russland – was vom Treffen mit Putin zu erwarten ist", a.title());
        assertTrue(a.lead().startsWith("Nordkoreas Machthaber ist offenbar unterwegs nach Wladiwostok."));
        assertEquals("plain-text", a.extraction());
        String text = ArticleText.of(a).text();
        assertFalse(text.contains("Fehler gefunden"));
        assertTrue(text.strip().endsWith("zwischen Russland und Nordkorea hält."));
    }
}
