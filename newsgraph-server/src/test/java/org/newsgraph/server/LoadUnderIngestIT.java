/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The bounded loopback load test while an ingest writes: 50 clients for 30 s ask the API's read endpoints in a
 * seeded random order while {@code POST /api/ingest} fetches, analyses and stores 20 pages from a loopback site.
 * Zero errors; the latency percentiles are printed (a figure, never asserted: the machine is shared).
 */
class LoadUnderIngestIT {
    private static final int CLIENTS = 50;
    private static final int SECONDS = 30;
    private static final int PAGES = 20;

    @Test
    void fiftyClientsForThirtySecondsWhileAnIngestWritesSeeNoError() throws Exception {
        DemoServer demo = DemoServer.get();
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body = page(path).getBytes(StandardCharsets.UTF_8);
            boolean found = path.startsWith("/news/");
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            if (found) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        site.start();
        try {
            StringBuilder urls = new StringBuilder();
            for (int i = 0; i < PAGES; i++) {
                urls.append(i == 0 ? "" : ", ").append("\"http://127.0.0.1:").append(site.getAddress().getPort())
                        .append("/news/").append(i).append(".html\"");
            }
            HttpResponse<String> job = demo.http.post("/api/ingest", "{\"urls\": [" + urls + "]}", DemoServer.TOKEN);
            assertEquals(202, job.statusCode(), job.body());
            String jobId = Http.json(job).get("id").asText();
            Load load = load(demo);
            System.out.printf(Locale.ROOT, "load under ingest: %d clients, %d s, %d requests, %d errors, p50=%.1f ms "
                    + "p95=%.1f ms p99=%.1f ms max=%.1f ms, %d stored during the load%n", CLIENTS, SECONDS,
                    load.requests(), load.errors(), load.p(50), load.p(95), load.p(99), load.p(100),
                    storedBy(demo, jobId));
            assertEquals(0, load.errors(), "errors: " + load.samples());
            assertTrue(load.requests() > CLIENTS, "requests: " + load.requests());
            JsonNode done = awaitJob(demo, jobId);
            assertEquals("done", done.get("status").asText(), done.toString());
            assertEquals(PAGES, done.get("stored").asInt() + done.get("duplicates").asInt(), done.toString());
        } finally {
            site.stop(0);
        }
    }

    private static String page(String path) {
        String n = path.replaceAll("\\D", "");
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Loadtown council " + n + " approves harbour plan</title>"
                + "</head><body><article><h1>Loadtown council " + n + " approves harbour plan</h1><p>The council of "
                + "Loadtown voted on Tuesday to approve plan " + n + " for the harbour, the mayor said.</p><p>Russia and "
                + "Finland sent observers to the vote number " + n + ", officials said.</p></article></body></html>";
    }

    private record Load(long requests, long errors, List<Double> millis, List<String> samples) {
        double p(int percent) {
            if (millis.isEmpty()) {
                return 0;
            }
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
        }
    }

    private static Load load(DemoServer demo) throws Exception {
        List<String> paths = List.of("/api/stats", "/api/search?q=Russia", "/api/search?q=harbour&lang=en",
                "/api/articles?limit=20", "/api/actors?limit=20", "/api/claims?limit=20", "/api/events?limit=20",
                "/api/clusters?limit=20", "/api/actors/country:RUS", "/api/actors/country:RUS/timeline",
                "/api/dyads/RUS/FIN", "/api/network", "/api/sources", "/api/articles?format=csv&limit=50");
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, r -> new Thread(r, "load-client"));
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c);
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    String path = paths.get(random.nextInt(paths.size()));
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = demo.http.get(path);
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            samples.add(path + " " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        samples.add(path + " " + e);
                    }
                    millis.add((System.nanoTime() - t) / 1e6);
                    requests.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(SECONDS + 120, TimeUnit.SECONDS), "the clients end");
        return new Load(requests.get(), errors.get(), millis, samples);
    }

    private static int storedBy(DemoServer demo, String jobId) throws Exception {
        return Http.json(demo.http.get("/api/ingest/" + jobId, DemoServer.TOKEN)).get("stored").asInt();
    }

    private static JsonNode awaitJob(DemoServer demo, String jobId) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            JsonNode j = Http.json(demo.http.get("/api/ingest/" + jobId, DemoServer.TOKEN));
            if (!j.get("status").asText().equals("running") || System.nanoTime() > until) {
                return j;
            }
            Thread.sleep(500);
        }
    }
}
