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
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;

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
        for (JsonNode e : demo.http.json("/api/events?type=consult&language=de").get("items")) {
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

    @Test
    void theStateDyadOfRussiaAndNorthKoreaHoldsTheKimPutinSummit() throws Exception {
        assertTrue(summit(demo.http.json("/api/dyads/country:RUS/country:PRK?limit=200")),
                "people count for their states");
        assertFalse(summit(demo.http.json("/api/dyads/country:RUS/country:PRK?limit=200&level=actor")),
                "at actor level the summit is Kim's and Putin's, not the states'");
    }

    /** True when the dyad lists the Kim–Putin summit of 13 September 2023 (either direction). */
    private static boolean summit(JsonNode dyad) {
        for (JsonNode k : dyad.get("clusters").get("items")) {
            Set<String> sides = Set.of(k.get("source").asText(), k.get("target").asText());
            if (sides.equals(Set.of("person:kim-jong-un", "person:vladimir-putin"))
                    && "2023-09-13".equals(k.get("date").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theMapShowsVostochnyAndPyongyangWhereTheyAre() throws Exception {
        JsonNode en = demo.http.json("/api/map?lang=en");
        assertNear(place(en, "Vostochny Cosmodrome"), 51.88, 128.33);
        assertNear(place(en, "Pyongyang"), 39.03, 125.75);
        JsonNode de = demo.http.json("/api/map?lang=de");
        assertNear(place(de, "Kosmodrom Wostotschny"), 51.88, 128.33);
        assertNear(place(de, "Pjöngjang"), 39.03, 125.75);
    }

    private static JsonNode place(JsonNode map, String label) {
        for (JsonNode p : map.get("items")) {
            if (label.equals(p.get("label").asText())) {
                return p;
            }
        }
        throw new AssertionError("no place '" + label + "' on the map: " + map);
    }

    private static void assertNear(JsonNode p, double lat, double lon) {
        assertEquals(lat, p.get("latitude").asDouble(), 0.5, p.toString());
        assertEquals(lon, p.get("longitude").asDouble(), 0.5, p.toString());
    }

    @Test
    void theGdeltExportHasEnglishAsciiNamesAndItsPlacesCoordinates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(demo.store, ExportFormat.GDELT, null, out);
        int placed = 0;
        int located = 0;
        int rows = 0;
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\t", -1);
            assertEquals(61, f.length, line);
            rows++;
            for (int name : new int[] {6, 16}) {
                assertTrue(f[name].matches("[A-Z0-9 .,'&()/-]*"), "GDELT-style name: " + f[name]);
            }
            if (!f[52].isEmpty()) {
                placed++;
                if (!f[56].isEmpty() && !f[57].isEmpty()) {
                    located++;
                }
            }
        }
        assertTrue(rows > 50, "rows: " + rows);
        assertTrue(placed > 10, "events with a place: " + placed);
        assertTrue(located >= 0.8 * placed, located + " of " + placed + " events with a place have coordinates");
    }

    /** TIMEX3 spellings that are no day, month or year: weeks, quarters, halves, seasons, times of day, references. */
    static final Pattern TIMEX3 = Pattern.compile("\\b\\d{4}-(W\\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)\\b"
            + "|\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI)|\\b(PAST|PRESENT|FUTURE)_REF\\b|\\bXXXX");

    @Test
    void noExportCarriesARawTimex3Value(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        assertTrue(TIMEX3.matcher("2023-W36").find() && TIMEX3.matcher("2024-05-23TMO").find()
                && TIMEX3.matcher("2024-FA").find() && !TIMEX3.matcher("2023-09-13").find());
        long stored = 0;
        try (java.sql.Statement st = demo.store.connection().createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM events WHERE regexp_matches(time_value, "
                        + "'W[0-9]|-(SP|SU|FA|WI|Q[1-4])$|T(MO|AF|EV|NI)$')")) {
            rs.next();
            stored = rs.getLong(1);
        }
        assertTrue(stored > 0, "the samples' events hold TIMEX3 weeks or seasons that the exports must not show");
        for (ExportFormat f : ExportFormat.values()) {
            Path out = tmp.resolve(f.wireName());
            Exporter.export(demo.store, f, f.writesFolder() ? out : out.resolve("export." + f.wireName()), null);
            List<Path> files;
            try (var walk = Files.walk(out)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".parquet")).toList();
            }
            for (Path file : files) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    assertFalse(TIMEX3.matcher(line).find(), file.getFileName() + ": " + line);
                }
            }
        }
    }
}
