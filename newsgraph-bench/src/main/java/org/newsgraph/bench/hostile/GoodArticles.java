/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Short good news articles, written from templates the team wrote, each with its own number so that no two share a
 * text or a URL. The same number gives the same article in every format.
 */
final class GoodArticles {
    private static final List<String> TOWNS = List.of("Aberdeen", "Bergen", "Cork", "Dundee", "Esbjerg", "Faro",
            "Galway", "Hull", "Inverness", "Kiel");
    private static final List<String> TOPICS = List.of("a new tram line", "the harbour extension", "a school budget",
            "the flood barrier", "a cycling bridge", "the library reopening");
    String url(int n) {
        return "https://good.example/news/" + (n < 0 ? "m" + -n : Integer.toString(n)) + ".html";
    }

    private String title(int n) {
        return "Council of " + town(n) + " approves " + topic(n) + " (report " + n + ")";
    }

    private String lead(int n) {
        return "The council of " + town(n) + " voted on Tuesday to approve " + topic(n) + ", at a cost of "
                + (10 + Math.floorMod(n, 90)) + " million euros.";
    }

    private String body(int n) {
        return "The mayor said the decision would help residents for decades. Opposition members asked for a review "
                + "of the costs in case number " + n + ". Work is expected to start in " + (2025 + Math.floorMod(n, 3))
                + ".";
    }

    private String town(int n) {
        return TOWNS.get(Math.floorMod(n, TOWNS.size()));
    }

    private String topic(int n) {
        return TOPICS.get(Math.floorMod(n * 7, TOPICS.size()));
    }

    byte[] text(int n) {
        return (title(n) + "\n\n" + lead(n) + "\n\n" + body(n) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    byte[] record(int n) {
        return String.format(Locale.ROOT, "{\"url\": \"%s\", \"title\": \"%s\", \"lead\": \"%s\", \"body\": \"%s\", "
                + "\"published\": \"2024-03-%02d\", \"language\": \"en\"}", url(n), title(n), lead(n), body(n),
                1 + Math.floorMod(n, 28)).getBytes(StandardCharsets.UTF_8);
    }

    byte[] page(int n) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title(n) + "</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-05\"></head><body><article><h1>"
                + title(n) + "</h1><p>" + lead(n) + "</p><p>" + body(n) + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
