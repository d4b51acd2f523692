/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SpkAtt reader on a speech we wrote in the data's format ({@code spkatt/speech.json}). */
class SpkAttDatasetTest {
    private static QuoteDoc doc;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = SpkAttDatasetTest.class.getClassLoader().getResourceAsStream("spkatt/speech.json")) {
            doc = SpkAttDataset.parse("speech", new ObjectMapper().readTree(in), SpkAttWords.GERMAN);
        }
    }

    @Test
    void textIsWrittenAsAReaderSeesIt() {
        assertTrue(doc.text().startsWith("Frau Präsidentin! Die Ministerin hat gesagt, die Mittel reichten. "),
                doc.text());
        assertTrue(doc.text().contains(" „Wir liefern“, sagte sie dem Ausschuss.\nDer Kollege"), doc.text());
        assertTrue(doc.text().contains("den Plan (zu Recht)."), doc.text());
        assertEquals("Ausschuss", words(List.of(26)));
    }

    @Test
    void aClauseAfterACommaIsIndirectAndItsNextSentenceContinuesIt() {
        QuoteDoc.Quotation first = doc.annotations().get(0);
        assertEquals("Indirect", first.form());
        assertEquals("die Mittel reichten", words(first.quote()));
        assertEquals("gesagt", words(first.cue()));
        QuoteDoc.Quotation next = doc.annotations().get(1);
        assertEquals("IndirectFreeIndirect", next.form());
        assertEquals("Sie würden bis Mai ausgezahlt", words(next.quote()));
        assertEquals("Die Ministerin", words(next.speaker()));
        assertTrue(next.cue().isEmpty());
    }

    @Test
    void aQuotedMessageIsDirectWithItsMarks() {
        QuoteDoc.Quotation q = doc.annotations().get(2);
        assertEquals("Direct", q.form());
        assertEquals("„ Wir liefern “", words(q.quote()));
        assertEquals("dem Ausschuss", words(q.addressee()));
    }

    @Test
    void aMessageThatIsNoClauseMakesItsSentenceAReportedSpeechAct() {
        QuoteDoc.Quotation q = doc.annotations().get(3);
        assertEquals("Reported", q.form());
        assertEquals("Der Kollege kritisiert den Plan ( zu Recht ) .", words(q.quote()));
        assertEquals("Der Kollege", words(q.speaker()));
        assertTrue(q.cue().isEmpty());
    }

    @Test
    void aClauseWordOpensIndirectSpeech() {
        QuoteDoc.Quotation q = doc.annotations().get(4);
        assertEquals("Indirect", q.form());
        assertEquals("ob das reicht", words(q.quote()));
    }

    @Test
    void anEventWithoutAMessageKeepsItsCueAndSpeaker() {
        QuoteDoc.Quotation q = doc.annotations().get(5);
        assertTrue(q.quote().isEmpty());
        assertEquals("widersprochen", words(q.cue()));
        assertEquals("Die Opposition", words(q.speaker()));
    }

    private static String words(List<Integer> ids) {
        return ids.stream().map(i -> doc.text().substring(doc.tokens().get(i)[0], doc.tokens().get(i)[1]))
                .collect(Collectors.joining(" "));
    }
}
