/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange: the status, the headers (lower-case names, repeated values joined by ", ") and the decoded
 * body. Redirects are not followed by the fetcher: a 3xx result carries its {@link #location()}.
 *
 * @param url     the URL requested
 * @param status  the HTTP status code
 * @param headers response headers with lower-case names
 * @param body    the body after content decoding (empty for 304 and redirects)
 * @param fetched when the response arrived
 */
public record FetchResult(URI url, int status, Map<String, String> headers, byte[] body, Instant fetched) {
    public FetchResult {
        headers = Map.copyOf(headers);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notModified() {
        return status == 304;
    }

    public boolean redirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && headers.containsKey("location");
    }

    /** Transient statuses: worth a retry after a back-off (408, 429 and 5xx other than 501 and 505). */
    public boolean transientStatus() {
        return status == 408 || status == 429 || status >= 500 && status != 501 && status != 505;
    }

    /** The absolute redirect target, resolved against the request URL. */
    public Optional<URI> location() {
        String loc = headers.get("location");
        if (loc == null || loc.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(url.resolve(loc.trim().replace(" ", "%20")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String contentType() {
        return headers.get("content-type");
    }

    /** The validators for the next conditional GET of the same URL. */
    public Validators validators() {
        return new Validators(headers.get("etag"), headers.get("last-modified"));
    }

    /** The Retry-After header as a delay from {@link #fetched()}, when present and valid. */
    public Optional<Duration> retryAfter() {
        return Backoff.parseRetryAfter(headers.get("retry-after"), fetched);
    }

    /** True when the declared media type is HTML or XHTML. */
    public boolean isHtml() {
        String t = contentType() == null ? "" : contentType().toLowerCase(Locale.ROOT);
        return t.contains("text/html") || t.contains("application/xhtml");
    }
}
