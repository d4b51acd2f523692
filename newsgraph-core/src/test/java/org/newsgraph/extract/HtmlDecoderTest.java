/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void bomWinsOverEverything() {
        byte[] body = "<meta charset=iso-8859-1><p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(withBom, "text/html; charset=windows-1252");
        assertEquals("bom", d.source());
        assertTrue(d.text().startsWith("<meta") && d.text().contains("Grüße"));
    }

    @Test
    void httpHeaderCharsetIsUsed() {
        byte[] b = "<p>Straße in Köln</p>".getBytes(CP1252);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(b, "text/html; charset=\"ISO-8859-1\"");
        assertEquals("http-header", d.source());
        assertEquals("<p>Straße in Köln</p>", d.text());
    }

    @Test
    void metaCharsetOfWindows1252PageGivesUmlauts() {
        byte[] b = "<html><head><meta charset=\"windows-1252\"></head><body>Über „Anführungen“ – Maß</body>"
                .getBytes(CP1252);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(b, null);
        assertEquals("meta", d.source());
        assertEquals(CP1252, d.charset());
        assertTrue(d.text().contains("Über „Anführungen“ – Maß"), d.text());
    }

    @Test
    void latinDeclarationOnUtf8BytesIsAMislabel() {
        byte[] b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Grüße</p>"
                .getBytes(StandardCharsets.UTF_8);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(b, null);
        assertEquals("mislabelled", d.source());
        assertTrue(d.text().contains("Grüße"));
    }

    @Test
    void undeclaredPagesAreDetected() {
        assertEquals(StandardCharsets.UTF_8, HtmlDecoder.decode("<p>Grüße</p>".getBytes(StandardCharsets.UTF_8),
                null).charset());
        HtmlDecoder.Decoded latin = HtmlDecoder.decode("<p>Grüße</p>".getBytes(CP1252), null);
        assertEquals(CP1252, latin.charset());
        assertEquals("<p>Grüße</p>", latin.text());
    }

    @Test
    void invalidBytesAreReplacedAndCounted() {
        byte[] b = "<meta charset=utf-8><p>Grüße aus Köln und Düsseldorf, x</p>".getBytes(StandardCharsets.UTF_8);
        b[b.length - 6] = (byte) 0xFF;
        HtmlDecoder.Decoded d = HtmlDecoder.decode(b, null);
        assertEquals(1, d.invalidBytes());
        assertTrue(d.text().contains("\uFFFD") && d.text().contains("Düsseldorf"));
    }
}
