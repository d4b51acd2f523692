/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecodingTest {
    private static final byte[] TEXT = "<html><body>Grüße aus Köln</body></html>".repeat(50)
            .getBytes(StandardCharsets.UTF_8);

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] b, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            z.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void decodesGzipAndBothDeflateFlavours() throws IOException {
        assertArrayEquals(TEXT, ContentDecoding.decode("gzip", gzip(TEXT), 1 << 20));
        assertArrayEquals(TEXT, ContentDecoding.decode("deflate", deflate(TEXT, false), 1 << 20));
        assertArrayEquals(TEXT, ContentDecoding.decode("deflate", deflate(TEXT, true), 1 << 20));
        assertArrayEquals(TEXT, ContentDecoding.decode(null, TEXT, 1 << 20));
        assertArrayEquals(TEXT, ContentDecoding.decode("identity", TEXT, 1 << 20));
    }

    @Test
    void decodesBrotli() throws IOException {
        // page.html.br was made from page.html with the brotli command-line tool
        byte[] page = FeedParserTest.resource("encodings/page.html");
        byte[] br = FeedParserTest.resource("encodings/page.html.br");
        assertArrayEquals(page, ContentDecoding.decode("br", br, 1 << 20));
        assertThrows(LimitedBody.TooLargeException.class, () -> ContentDecoding.decode("br", br, 100));
    }

    @Test
    void refusesCompressionBombsAndUnknownEncodings() throws IOException {
        byte[] zeros = gzip(new byte[5_000_000]);
        assertThrows(LimitedBody.TooLargeException.class, () -> ContentDecoding.decode("gzip", zeros, 1 << 20));
        assertThrows(IOException.class, () -> ContentDecoding.decode("zstd", TEXT, 1 << 20));
        assertThrows(IOException.class, () -> ContentDecoding.decode("gzip", TEXT, 1 << 20));
    }
}
