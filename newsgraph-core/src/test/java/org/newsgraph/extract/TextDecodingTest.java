/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;

class TextDecodingTest {
    @Test
    void emptyInputIsRejectedByName() {
        var e = assertThrows(BadInputException.class, () -> TextDecoding.decodeUtf8("a.txt", new byte[0]));
        assertEquals("a.txt: empty document", e.getMessage());
        assertThrows(BadInputException.class, () -> TextDecoding.decodeUtf8("b.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryInputIsRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        var e = assertThrows(BadInputException.class, () -> TextDecoding.decodeUtf8("x.png", png));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void latin1InputIsRejectedWithTheByteOffset() {
        byte[] latin1 = "Grüße".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(BadInputException.class, () -> TextDecoding.decodeUtf8("l.txt", latin1));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("byte 2"), e.getMessage());
    }

    @Test
    void bomIsDropped() throws Exception {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertEquals("Hi", TextDecoding.decodeUtf8("bom.txt", b));
    }
}
