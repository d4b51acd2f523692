/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Bytes as they arrived, before extraction: a file, an HTTP response, a WARC record or a JSONL line.
 *
 * @param name        a name for messages: a path, a URL or "stdin"
 * @param bytes       the raw content
 * @param url         the URL the document was fetched from, or {@code null}
 * @param contentType the declared media type (with charset parameter) when known, or {@code null}
 * @param fetched     when it was fetched, or {@code null} for local files
 * @param headers     HTTP headers when fetched (lower-case names)
 * @param origin      where it came from: {@code file}, {@code stdin}, {@code http}, {@code feed}, {@code warc}
 */
public record RawDocument(String name, byte[] bytes, String url, String contentType, Instant fetched,
        Map<String, String> headers, String origin) {
    public RawDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        headers = Map.copyOf(headers);
    }

    /** A local file or standard input. */
    public static RawDocument ofFile(String name, byte[] bytes) {
        return new RawDocument(name, bytes, null, null, null, Map.of(), "file");
    }

    /** The file extension of the name in lower case ("txt"), or "" when there is none. */
    public String extension() {
        String n = name;
        int q = n.indexOf('?');
        if (q >= 0) {
            n = n.substring(0, q);
        }
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        int dot = n.lastIndexOf('.');
        return dot > slash && dot < n.length() - 1 ? n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
