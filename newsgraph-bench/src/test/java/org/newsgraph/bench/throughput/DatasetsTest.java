/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import org.newsgraph.source.CsvRecords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    @Test
    void csvRecordsKeepQuotedSeparatorsLineBreaksAndDoubledQuotes() throws Exception {
        CsvRecords csv = new CsvRecords(new StringReader("a;'b;c'\r\nx;'it''s\nlong'\n\n;\n"), ';', '\'');
        assertEquals(List.of("a", "b;c"), csv.next());
        assertEquals(List.of("x", "it's\nlong"), csv.next());
        assertEquals(List.of("", ""), csv.next());
        assertEquals(null, csv.next());
    }

    @Test
    void wireParagraphsAreJoinedAndTheSignOffDropped() {
        String body = "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means"
                + " the temporao\nwill be late.\n Reuter\n";
        assertEquals(List.of("Showers continued throughout the week in the Bahia cocoa zone.",
                "The dry period means the temporao will be late."), Datasets.paragraphs(body));
    }
}
