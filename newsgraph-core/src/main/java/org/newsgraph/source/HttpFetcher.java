/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP GET with the JDK client: an honest User-Agent, compressed transfer, conditional headers, a size limit and
 * a deadline for the whole exchange. It follows no redirects and retries nothing: the caller decides, hop by hop,
 * with the address guard and the host's politeness in mind. Thread-safe.
 */
public final class HttpFetcher {
    static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    private final SourceSettings settings;
    private final HttpClient client;
    private final Clock clock;

    public HttpFetcher(SourceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends one GET.
     *
     * @param validators the previous response's validators for a conditional GET, or {@link Validators#NONE}
     * @throws FetchException when no response arrives in time, the connection fails, or the body is too large or
     *                        badly encoded
     */
    public FetchResult fetch(URI url, Validators validators) throws FetchException {
        HttpRequest.Builder req = HttpRequest.newBuilder(url).GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
        if ("http".equalsIgnoreCase(url.getScheme())) {
            // no public server upgrades cleartext HTTP/1.1 to HTTP/2; the upgrade offer only costs time
            req.version(HttpClient.Version.HTTP_1_1);
        }
        if (validators.etag() != null) {
            req.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            req.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(req.build(), LimitedBody.handler(settings.maxBytes()));
        HttpResponse<byte[]> response;
        try {
            response = pending.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FetchException(url.toString(), "timed out after " + settings.requestTimeout().toSeconds()
                    + " s", true);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(url.toString(), "interrupted", true);
        } catch (ExecutionException e) {
            throw failure(url, e.getCause());
        }
        Map<String, String> headers = lowerCase(response.headers());
        byte[] body;
        try {
            body = ContentDecoding.decode(headers.get("content-encoding"), response.body(), settings.maxBytes());
        } catch (LimitedBody.TooLargeException e) {
            throw failure(url, e);
        } catch (IOException e) {
            throw new FetchException(url.toString(), "badly encoded response: " + e.getMessage(), false);
        }
        return new FetchResult(url, response.statusCode(), headers, body, clock.instant());
    }

    public String userAgent() {
        return settings.userAgent();
    }

    private FetchException failure(URI url, Throwable cause) {
        String u = url.toString();
        if (cause instanceof LimitedBody.TooLargeException) {
            return new FetchException(u, "response larger than " + (settings.maxBytes() >> 10) + " KiB; not fetched",
                    false);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(u, "connection timed out", true);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(u, "timed out after " + settings.requestTimeout().toSeconds() + " s", true);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(u, "connection refused", true);
        }
        String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException(u, "request failed: " + m, true);
    }

    private static Map<String, String> lowerCase(HttpHeaders h) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : h.map().entrySet()) {
            if (e.getKey() == null || e.getKey().startsWith(":")) {
                continue;
            }
            out.merge(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()), (a, b) -> a + ", " + b);
        }
        return out;
    }
}
