/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The test's inputs, made from the project's own sample articles ({@code samples/}): a WARC.gz with two of them as
 * HTML pages and a last record cut in half, and a JSONL file with two more, a reprint of the first page's text by
 * another outlet (a syndicated copy), a broken line, and a French article the pipeline refuses.
 */
final class JobInputs {
    static final String[] WARC_SAMPLES = {"en-02-g20-new-delhi.json", "en-04-gaza-hostage-deal.json"};
    static final String[] JSONL_SAMPLES = {"en-09-istanbul-talks.json", "en-05-israel-strikes-iran.json"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobInputs() {}

    static Path samples() {
        Path here = Path.of("").toAbsolutePath();
        Path s = here.resolve("samples");
        return Files.isDirectory(s) ? s : here.getParent().resolve("samples");
    }

    static JsonNode sample(String name) throws IOException {
        return JSON.readTree(samples().resolve(name).toFile());
    }

    static String html(JsonNode a) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(a.get("title").asText()).append("</title><meta property=\"article:published_time\" content=\"")
                .append(a.get("published").asText()).append("\"><meta property=\"og:site_name\" content=\"Wire Pages")
                .append("\"></head><body><article><h1>").append(a.get("title").asText()).append("</h1><p>")
                .append(a.get("lead").asText()).append("</p>");
        a.get("body").forEach(p -> b.append("<p>").append(p.asText()).append("</p>"));
        return b.append("</article></body></html>").toString();
    }

    /** The WARC.gz: two pages, then a third whose record the file ends in the middle of. */
    static Path warc(Path dir) throws IOException {
        Path file = dir.resolve("news.warc.gz");
        long lastStart;
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            int i = 0;
            for (String name : WARC_SAMPLES) {
                JsonNode a = sample(name);
                w.write(page(a.get("url").asText().replace("samples.newsgraph.invalid", "wire.example"),
                        html(a), Instant.parse(a.get("published").asText() + "T12:00:00Z").plusSeconds(i++)));
            }
            lastStart = w.position();
            JsonNode cut = sample("en-06-iaea-iran-cairo.json");
            w.write(page("https://wire.example/cut", html(cut), Instant.parse("2023-09-12T12:00:00Z")));
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(lastStart + (ch.size() - lastStart) / 2);
        }
        return file;
    }

    private static WarcResponse page(String url, String html, Instant date) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
    }

    /** The JSONL file: two articles, a reprint, a broken line, a French article; five records. */
    static Path jsonl(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : JSONL_SAMPLES) {
            lines.add(JSON.writeValueAsString(sample(name)));
        }
        ObjectNode reprint = (ObjectNode) sample(WARC_SAMPLES[0]);
        reprint.put("url", "https://reprint.example/world/g20");
        reprint.put("outlet", "Reprint Daily");
        reprint.put("title", "Summit in New Delhi: African Union joins the G20");
        lines.add(JSON.writeValueAsString(reprint));
        lines.add("{\"url\": \"https://broken.example/a\", \"title\": \"Cut off");
        ObjectNode french = JSON.createObjectNode();
        french.put("url", "https://journal.example/sommet");
        french.put("title", "Le sommet s'ouvre à Bruxelles");
        french.put("lead", "Les chefs d'État et de gouvernement se réunissent jeudi à Bruxelles pour discuter du "
                + "budget de l'Union et de l'aide à l'Ukraine. Les négociations s'annoncent difficiles, selon les "
                + "diplomates interrogés par notre rédaction.");
        lines.add(JSON.writeValueAsString(french));
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
