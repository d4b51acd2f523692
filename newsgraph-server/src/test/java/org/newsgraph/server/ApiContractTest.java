/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.api.Api;
import org.newsgraph.store.Store;

/**
 * The API's contract on an empty store: every route is documented in the OpenAPI file; refusals are JSON with a
 * code and a message naming the input, never a stack trace; write endpoints need the token; bodies are size-limited;
 * every answer carries the Content-Security-Policy; the pages and their libraries are served without a CDN.
 */
class ApiContractTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static NewsgraphServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("store"));
        server = NewsgraphServer.start(store, ServerConfig.defaults().withPort(0).withToken("contract-token-1234"));
        http = new Http(server.url(ServerConfig.HOST));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    @Test
    void everyRouteIsInTheOpenApiDocumentAndNothingElse() throws Exception {
        JsonNode doc = http.json("/openapi.json");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m ->
                documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        Set<String> served = new TreeSet<>();
        for (Api.Route r : server.routes()) {
            served.add(r.method().name() + " " + r.path());
        }
        assertEquals(served, documented);
    }

    @Test
    void badParametersAre400WithACodeAndTheParameterNamed() throws Exception {
        for (String[] c : new String[][] {{"/api/articles?limit=0", "limit"}, {"/api/events?from=2024-13-01", "from"},
                {"/api/claims?certainty=sure", "certainty"}, {"/api/events?type=HUG", "type"},
                {"/api/search", "q"}, {"/api/articles?format=xml", "format"},
                {"/api/search?q=%22unclosed", "query"}, {"/api/actors?lang=fr", "lang"},
                {"/api/network?level=country", "level"}, {"/api/stats?format=pdf", "format"}}) {
            HttpResponse<String> r = http.get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + " " + r.body());
            JsonNode e = Http.json(r).get("error");
            assertTrue(e.get("message").asText().contains(c[1]), r.body());
            assertFalse(e.get("code").asText().isBlank());
            assertFalse(r.body().contains("at org.") || r.body().contains("Exception"), r.body());
        }
    }

    @Test
    void unknownThingsAre404Json() throws Exception {
        for (String path : new String[] {"/api/nothing", "/api/articles/0000", "/api/actors/person:nobody",
                "/api/actors/person:nobody/roles", "/api/actors/person:nobody/timeline",
                "/api/actors/person:nobody/partners", "/api/clusters/k0", "/api/dyads/RUS/person:nobody"}) {
            HttpResponse<String> r = http.get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("not_found", Http.json(r).get("error").get("code").asText(), path);
        }
    }

    @Test
    void writesNeedTheToken() throws Exception {
        assertEquals(401, http.post("/api/reindex", "", null).statusCode());
        assertEquals(401, http.post("/api/reindex", "", "wrong-token-wrong-token").statusCode());
        assertEquals(401, http.post("/api/ingest", "{\"urls\":[\"http://127.0.0.1/\"]}", null).statusCode());
        HttpResponse<String> ok = http.post("/api/reindex", "", "contract-token-1234");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(400, http.post("/api/ingest", "{\"urls\":[\"file:///etc/passwd\"]}", "contract-token-1234")
                .statusCode());
        assertEquals(400, http.post("/api/ingest", "not json", "contract-token-1234").statusCode());
    }

    @Test
    void withoutATokenWritesAreOff() throws Exception {
        try (NewsgraphServer open = NewsgraphServer.start(store, ServerConfig.defaults().withPort(0))) {
            HttpResponse<String> r = new Http(open.url(ServerConfig.HOST)).post("/api/reindex", "", "anything");
            assertEquals(403, r.statusCode());
            assertEquals("writes_disabled", Http.json(r).get("error").get("code").asText());
        }
    }

    @Test
    void largeBodiesAreRefused() throws Exception {
        String big = "{\"urls\":[\"http://x/" + "a".repeat((int) ServerConfig.MAX_REQUEST_BYTES) + "\"]}";
        HttpResponse<String> r = http.post("/api/ingest", big, "contract-token-1234");
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"code\""), r.body());
    }

    @Test
    void requestsRefusedByTheHttpLayerAreJsonToo() throws Exception {
        HttpResponse<String> r = http.get("/api/stats?pad=" + "a".repeat(20_000));
        assertEquals(414, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("uri_too_long", Http.json(r).get("error").get("code").asText(), r.body());
    }

    @Test
    void pagesAssetsAndLibrariesAreServedWithTheSecurityPolicy() throws Exception {
        for (String path : new String[] {"/", "/search?q=x", "/article/abc", "/actor/country:RUS",
                "/dyad/RUS/UKR", "/network", "/claims", "/sources", "/map", "/assets/js/common.js",
                "/assets/map/world.json",
                "/vendor/echarts.min.js", "/vendor/cytoscape.min.js", "/api/stats"}) {
            HttpResponse<String> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval"), path + ": " + csp);
        }
        assertFalse(http.get("/search").body().contains("<script>"), "no inline script");
    }

    @Test
    void statsAreCsvWhenAskedAndListsItemsAreObjects() throws Exception {
        HttpResponse<String> csv = http.get("/api/stats?format=csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.body());
        assertTrue(csv.body().startsWith("name,value\r\narticles,0\r\n"), csv.body());
        HttpResponse<String> bad = http.get("/api/search?q=%22unclosed");
        assertFalse(bad.body().contains("Cannot parse"), "the query's problem, not the parser's: " + bad.body());
    }

    @Test
    void listsOnAnEmptyStoreAreEmptyInJsonAndCsv() throws Exception {
        JsonNode a = http.json("/api/articles");
        assertEquals(0, a.get("total").asLong());
        HttpResponse<String> csv = http.get("/api/claims?format=csv");
        assertTrue(csv.body().startsWith("id,article_id,published,outlet,"), csv.body());
        assertEquals(0, http.json("/api/feeds").get("total").asLong());
    }
}
