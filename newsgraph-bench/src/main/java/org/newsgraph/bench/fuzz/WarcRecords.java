/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Writes WARC/1.0 response records by hand, so that tests and seeds can also write damaged ones. */
public final class WarcRecords {
    private WarcRecords() {}

    /** A response record for an HTML page with an honest Content-Length. */
    public static byte[] response(String uri, byte[] html) {
        return response(uri, html, -1);
    }

    /**
     * A response record for an HTML page.
     *
     * @param declaredLength the Content-Length the WARC header claims, or -1 for the true length
     */
    public static byte[] response(String uri, byte[] html, long declaredLength) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        long length = declaredLength >= 0 ? declaredLength : head.length + html.length;
        String id = UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)).toString();
        String header = String.format(Locale.ROOT, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
                + "WARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Target-URI: %s\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n", id, uri, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(head);
        out.writeBytes(html);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** One gzip member per record, as WARC.gz files are written. */
    public static byte[] gzip(byte[] record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
