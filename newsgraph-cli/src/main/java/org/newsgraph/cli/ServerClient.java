/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.error.InputIoException;

/** Asks a running Newsgraph server what a command cannot read from a store the server writes. */
final class ServerClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerClient(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** GETs an API path with parameters (nulls left out) as JSON. */
    JsonNode json(String path, Map<String, String> params) throws InputIoException {
        try (InputStream in = stream(path, params)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new InputIoException(base + path, e);
        }
    }

    /** GETs an API path with parameters; the body to read (and close). */
    InputStream stream(String path, Map<String, String> params) throws InputIoException {
        String q = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(base + path + (q.isEmpty() ? "" : "?" + q));
        try {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                String body;
                try (InputStream in = r.body()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String message = JSON.readTree(body).path("error").path("message").asText(body);
                throw new InputIoException(base, "the server answered " + r.statusCode() + ": " + message);
            }
            return r.body();
        } catch (ConnectException e) {
            throw new InputIoException(base, "the store is in use by another process, and the server it names "
                    + "does not answer (stopped?)");
        } catch (IOException e) {
            throw new InputIoException(base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputIoException(base, "interrupted");
        }
    }
}
