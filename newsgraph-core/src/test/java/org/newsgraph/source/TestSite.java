/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * A web site for tests on 127.0.0.1 with an ephemeral port: static resources with ETag and Last-Modified (answering
 * conditional GETs with 304), custom handlers, and an access log with arrival times. Unknown paths answer 404.
 */
final class TestSite implements AutoCloseable {
    /** One request as the server saw it; {@code nanos} is System.nanoTime() when the handler began. */
    record Hit(long nanos, String path, String ifNoneMatch, String userAgent, String acceptEncoding, int status) {}

    private final HttpServer server;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new ArrayList<>();

    private TestSite(ExecutorService executor) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** A site whose handlers run on {@code executor} (null: the server's own dispatcher thread). */
    static TestSite start(ExecutorService executor) throws IOException {
        return new TestSite(executor);
    }

    static TestSite start() throws IOException {
        return new TestSite(null);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    /** Serves {@code body} at {@code path} with an ETag derived from the body; replaces what was there. */
    void put(String path, String contentType, String body) {
        put(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    void put(String path, String contentType, byte[] body) {
        String etag = "\"" + Documents.contentHash(body) + "\"";
        routes.put(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(ex, 304, null, new byte[0], Map.of("ETag", etag));
            } else {
                respond(ex, 200, contentType, body, Map.of("ETag", etag,
                        "Last-Modified", "Mon, 11 Sep 2023 08:00:00 GMT"));
            }
        });
    }

    void handle(String path, HttpHandler h) {
        routes.put(path, h);
    }

    void redirect(String path, String location, int status) {
        routes.put(path, ex -> respond(ex, status, null, new byte[0], Map.of("Location", location)));
    }

    void status(String path, int status, Map<String, String> headers) {
        routes.put(path, ex -> respond(ex, status, "text/plain", "status".getBytes(StandardCharsets.UTF_8), headers));
    }

    synchronized List<Hit> hits() {
        return new ArrayList<>(hits);
    }

    List<Hit> hits(String path) {
        return hits().stream().filter(h -> h.path().equals(path)).toList();
    }

    static void respond(HttpExchange ex, int status, String type, byte[] body, Map<String, String> headers)
            throws IOException {
        Headers h = ex.getResponseHeaders();
        headers.forEach(h::set);
        if (type != null) {
            h.set("Content-Type", type);
        }
        boolean empty = status == 304 || body.length == 0;
        ex.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    private void serve(HttpExchange ex) throws IOException {
        long now = System.nanoTime();
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        HttpHandler h = routes.get(path);
        if (h == null) {
            h = routes.get(ex.getRequestURI().getRawPath());
        }
        Headers req = ex.getRequestHeaders();
        try {
            if (h == null) {
                respond(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of());
            } else {
                h.handle(ex);
            }
        } finally {
            synchronized (this) {
                hits.add(new Hit(now, path, req.getFirst("If-None-Match"), req.getFirst("User-Agent"),
                        req.getFirst("Accept-Encoding"), ex.getResponseCode()));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
