/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;

class PetrReaderTest {
    private static Path fixture() throws Exception {
        return Path.of(PetrReaderTest.class.getClassLoader().getResource("events/petr-lenient.xml").toURI());
    }

    @Test
    void readsTheMalformedFileRecordByRecord() throws Exception {
        List<PetrRecord> records = PetrReader.read(fixture());
        assertEquals(3, records.size());
        PetrRecord one = records.get(0);
        assertEquals("ONE", one.id());
        assertEquals(LocalDate.of(2015, 6, 9), one.date());
        assertEquals("The president flew to Switzerland.", one.text());
        assertEquals(2, one.codings().size());
        assertEquals(new PetrRecord.Coding("042", "USAGOV", "CHE"), one.codings().get(0));
    }

    @Test
    void aMalformedDateLeavesTheRecordUndatedAndNoEventsMeansNone() throws Exception {
        PetrRecord two = PetrReader.read(fixture()).get(1);
        assertEquals("121108", two.rawDate());
        assertNull(two.date());
        assertTrue(two.codings().isEmpty());
    }

    @Test
    void anEmptyTextIsSpelledFromTheParse() throws Exception {
        assertEquals("Rebels attacked Nigeria.", PetrReader.read(fixture()).get(2).text());
    }

    @Test
    void aFileWithoutRecordsOrMissingIsAClearError(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.xml");
        Files.writeString(empty, "<Validation></Validation>", StandardCharsets.UTF_8);
        assertThrows(BadInputException.class, () -> PetrReader.read(empty));
        assertThrows(InputIoException.class, () -> PetrReader.read(dir.resolve("missing.xml")));
    }
}
