/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.RawDocument;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    private static RawDocument fixture(String name) throws IOException {
        try (InputStream in = PlainTextReaderTest.class.getResourceAsStream("/text/" + name)) {
            return RawDocument.ofFile(name, in.readAllBytes());
        }
    }

    @Test
    void splitsGluedKickerTakesLeadAndDropsFooter() throws Exception {
        Article a = reader.read(fixture("glued-kicker-de.txt"));
        assertEquals("Gipfel in Genf", a.kicker());
        assertEquals("Zwei Minister sprechen über einen Waffenstillstand", a.title());
        assertTrue(a.lead().startsWith("Die Außenminister beider Länder"));
        assertEquals(3, a.body().size());
        assertEquals(Paragraph.Kind.HEADING, a.body().get(1).kind());
        assertEquals("Was auf dem Spiel steht", a.body().get(1).text());
        assertTrue(a.body().stream().noneMatch(p -> p.text().contains("Fehler gefunden")));
        assertEquals("plain-text", a.extraction());
    }

    @Test
    void blankLineSeparatedBlocksJoinWrappedLines() throws Exception {
        Article a = reader.read(fixture("blank-lines-en.txt"));
        assertNull(a.kicker());
        assertEquals("Ministers meet in Geneva", a.title());
        assertEquals("The foreign ministers of both countries will meet on Tuesday in Geneva, officials said.", a.lead());
        assertEquals(1, a.body().size());
        assertFalse(a.body().get(0).text().contains("Share"));
    }

    @Test
    void aLongFirstBlockIsBodyNotHeadline() {
        String para = "Dies ist ein langer erster Absatz ohne Überschrift, der aus vielen Wörtern besteht und daher "
                + "keine Schlagzeile sein kann, denn Schlagzeilen sind kurz und bündig und haben selten mehr als zwanzig "
                + "oder dreißig Wörter, während dieser Absatz weit darüber hinausgeht.";
        Article a = reader.parse(para + "\n\nZweiter Absatz.").build();
        assertNull(a.title());
        assertEquals(2, a.body().size());
    }

    @Test
    void aShortClosingSentenceIsKept() {
        Article a = reader.parse("Titel der Meldung\nDer Vorspann.\nDer Text.\nOb das gelingt, bleibt offen.").build();
        assertEquals("Ob das gelingt, bleibt offen.", a.body().get(a.body().size() - 1).text());
    }
}
