/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The pages, at stable bookmarkable routes. Each is a static HTML shell whose script reads the route and the query
 * string and fetches the API; nothing from articles is ever put into the HTML on the server.
 */
final class Pages {
    /** Route → page file under {@code web/pages/}. */
    static final Map<String, String> ROUTES = Map.of("/", "search", "/search", "search", "/article/{id}", "article",
            "/actor/{id}", "actor", "/dyad/{a}/{b}", "dyad", "/network", "network", "/claims", "claims",
            "/sources", "sources");

    private Pages() {}

    static void install(Javalin app) {
        for (Map.Entry<String, String> r : ROUTES.entrySet()) {
            String html = read("web/pages/" + r.getValue() + ".html");
            app.get(r.getKey(), ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
        }
    }

    static String read(String resource) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
