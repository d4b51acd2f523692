/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes the HTTP Content-Encoding of a body: gzip, deflate (zlib-wrapped or raw, as servers differ) and brotli, with
 * a limit on the decoded size against compression bombs. Thread-safe (stateless).
 */
final class ContentDecoding {
    /** The Accept-Encoding header matching what this class decodes. */
    static final String ACCEPT_ENCODING = "gzip, deflate, br";

    private ContentDecoding() {}

    /**
     * The decoded body.
     *
     * @throws LimitedBody.TooLargeException when the decoded body exceeds {@code limit}
     * @throws IOException                   when the body is not valid in its declared encoding
     */
    static byte[] decode(String contentEncoding, byte[] body, long limit) throws IOException {
        String enc = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (enc.isEmpty() || "identity".equals(enc) || body.length == 0) {
            return body;
        }
        return switch (enc) {
            case "gzip", "x-gzip" -> read(new GZIPInputStream(new ByteArrayInputStream(body)), limit);
            case "br" -> read(new BrotliInputStream(new ByteArrayInputStream(body)), limit);
            case "deflate" -> inflate(body, limit);
            default -> throw new IOException("unsupported content encoding '" + contentEncoding + "'");
        };
    }

    private static byte[] inflate(byte[] body, long limit) throws IOException {
        // RFC 9110 deflate is zlib-wrapped; some servers send a raw deflate stream, recognised by its first byte
        boolean zlib = body.length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] & 0xFF) << 8 | body[1] & 0xFF) % 31 == 0;
        return read(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)), limit);
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        try (in) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (b.length > limit) {
                throw new LimitedBody.TooLargeException(limit);
            }
            return b;
        }
    }
}
