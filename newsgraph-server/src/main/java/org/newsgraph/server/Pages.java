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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages, at stable bookmarkable routes. Each is a static HTML shell (the shared {@code web/layout.html} around
 * the page's own {@code <main>}) whose script reads the route and the query string and fetches the API; nothing from
 * articles is ever put into the HTML on the server.
 */
final class Pages {
    private static final Pattern HEADER = Pattern.compile("<!--\\s*title:([^;]*);\\s*vendor:([^>]*?)-->\\s*");
    /** Route → page file under {@code web/pages/}. */
    static final Map<String, String> ROUTES = Map.of("/", "search", "/search", "search", "/article/{id}", "article",
            "/actor/{id}", "actor", "/dyad/{a}/{b}", "dyad", "/network", "network", "/claims", "claims",
            "/sources", "sources", "/map", "map");

    private Pages() {}

    static void install(Javalin app) {
        String layout = read("web/layout.html");
        for (Map.Entry<String, String> r : ROUTES.entrySet()) {
            String html = page(layout, r.getValue(), read("web/pages/" + r.getValue() + ".html"));
            app.get(r.getKey(), ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
        }
    }

    /**
     * One page: the shared layout (head, scripts, navigation) around the page's {@code <main>}. The page file's first
     * line names its title and the vendor libraries it needs: {@code <!-- title: Actor; vendor: echarts -->}; its
     * script is {@code /assets/js/NAME.js}.
     */
    static String page(String layout, String name, String file) {
        Matcher m = HEADER.matcher(file);
        if (!m.lookingAt()) {
            throw new IllegalStateException("web/pages/" + name + ".html must start with <!-- title: …; vendor: … -->");
        }
        StringBuilder vendor = new StringBuilder();
        for (String lib : m.group(2).trim().split("\\s+")) {
            if (!lib.isEmpty()) {
                vendor.append("<script src=\"/vendor/").append(lib).append(".min.js\" defer></script>\n");
            }
        }
        return layout.replace("{{title}}", m.group(1).trim()).replace("{{vendor}}", vendor)
                .replace("{{page}}", name).replace("{{main}}", file.substring(m.end()).strip());
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
