/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API on the demo store: what it answers is consistent with the store, in JSON and CSV; ingest by URL works. */
class DemoApiIT {
    private static DemoServer demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.get();
    }

    @Test
    void everySampleIsStored() {
        assertEquals(0, demo.ingest.failed(), demo.ingest.failures().toString());
        assertTrue(demo.ingest.stored() >= 22, "stored " + demo.ingest.stored());
    }

    @Test
    void searchMarksTheMatchingWords() throws Exception {
        JsonNode hits = demo.http.json("/api/search?q=Putin&limit=5").get("items");
        assertFalse(hits.isEmpty());
        for (JsonNode h : hits) {
            String snippet = h.get("snippet").asText();
            assertFalse(h.get("highlights").isEmpty(), snippet);
            for (JsonNode m : h.get("highlights")) {
                assertTrue(snippet.substring(m.get(0).asInt(), m.get(1).asInt()).startsWith("Putin"), snippet);
            }
        }
    }

    @Test
    void evidenceOffsetsIndexTheArticleText() throws Exception {
        String id = demo.http.json("/api/events?limit=1").get("items").get(0).get("article_id").asText();
        JsonNode a = demo.http.json("/api/articles/" + id);
        String text = a.get("article").get("text").asText();
        assertFalse(a.get("events").isEmpty());
        for (JsonNode e : a.get("events")) {
            assertEquals(e.get("evidence_text").asText(), text.substring(e.get("evidence_start").asInt(),
                    e.get("evidence_end").asInt()));
        }
        for (JsonNode m : a.get("mentions")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("char_start").asInt(), m.get("char_end")
                    .asInt()));
        }
    }

    @Test
    void pagesNeitherRepeatNorSkip() throws Exception {
        JsonNode first = demo.http.json("/api/articles?limit=5");
        JsonNode second = demo.http.json("/api/articles?limit=5&offset=5");
        assertEquals(first.get("total").asLong(), second.get("total").asLong());
        Set<String> ids = new HashSet<>();
        first.get("items").forEach(i -> ids.add(i.get("id").asText()));
        second.get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertEquals(10, ids.size());
    }

    @Test
    void everyListIsAlsoCsv() throws Exception {
        JsonNode json = demo.http.json("/api/events?limit=1000");
        HttpResponse<String> csv = demo.http.get("/api/events?limit=1000&format=csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("id,article_id,published,outlet,"), csv.body().lines().findFirst()
                .orElse(""));
        long records = csv.body().split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1).length - 2;
        assertEquals(json.get("items").size(), records);
    }

    @Test
    void filtersAreApplied() throws Exception {
        for (JsonNode c : demo.http.json("/api/claims?certainty=hedged").get("items")) {
            assertEquals("hedged", c.get("certainty").asText());
        }
        for (JsonNode e : demo.http.json("/api/events?type=consult&lang=de").get("items")) {
            assertEquals("CONSULT", e.get("type").asText());
            assertEquals("de", e.get("language").asText());
        }
        JsonNode some = demo.http.json("/api/events?actor=RUS").get("items");
        assertFalse(some.isEmpty());
        some.forEach(e -> assertTrue("country:RUS".equals(e.get("source_entity").asText())
                || "country:RUS".equals(e.get("target_entity").asText())));
    }

    @Test
    void actorDyadAndNetworkAgree() throws Exception {
        JsonNode edge = demo.http.json("/api/network/edges?limit=1").get("items").get(0);
        String a = edge.get("source").asText();
        String b = edge.get("target").asText();
        JsonNode dyad = demo.http.json("/api/dyads/" + a + "/" + b);
        long clusters = 0;
        for (JsonNode p : dyad.get("series")) {
            clusters += p.get("clusters").asLong();
            assertEquals(p.get("clusters").asLong(), p.get("cooperation").asLong() + p.get("conflict").asLong());
        }
        assertTrue(clusters >= edge.get("clusters").asLong(), "the dyad counts both directions");
        assertTrue(demo.http.json("/api/actors/" + a + "/timeline").get("items").size() > 0);
        JsonNode net = demo.http.json("/api/network");
        assertTrue(net.get("nodes").size() > 1 && net.get("edges").size() > 0);
    }

    @Test
    void ingestByUrlStoresThePageAndMakesItFindable() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>Quorbel summit</title>"
                + "<meta property=\"article:published_time\" content=\"2024-06-01\"></head><body><article>"
                + "<h1>Quorbel summit ends with a trade deal</h1><p>Germany and France agreed on Friday to lower "
                + "tariffs on quorbel exports, the German economy minister said in Berlin.</p><p>The agreement "
                + "takes effect in July, officials said.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        site.createContext("/news/quorbel", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        site.start();
        try {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/news/quorbel";
            HttpResponse<String> r = demo.http.post("/api/ingest", "{\"urls\": [\"" + url + "\"]}",
                    DemoServer.TOKEN);
            assertEquals(202, r.statusCode(), r.body());
            String job = Http.json(r).get("id").asText();
            JsonNode status = Http.json(r);
            for (int i = 0; i < 240 && "running".equals(status.get("status").asText()); i++) {
                Thread.sleep(500);
                status = Http.json(demo.http.get("/api/ingest/" + job, DemoServer.TOKEN));
            }
            assertEquals("done", status.get("status").asText(), status.toString());
            assertEquals(1, status.get("stored").asInt(), status.toString());
            assertNotEquals(0, demo.http.json("/api/search?q=quorbel").get("items").size());
        } finally {
            site.stop(0);
        }
    }
}
