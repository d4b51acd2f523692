/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.api;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.model.Language;
import org.newsgraph.query.ActorRow;
import org.newsgraph.query.Pair;
import org.newsgraph.query.StoreReader;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerConfig;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * Measures the API over loopback HTTP on a filled store: first each question alone (one client, after warm-up
 * passes), p50/p95/max per kind — actor (the actor, its roles, timeline and partners), dyad, search — for the most
 * mentioned actors and the most co-mentioned pairs; then a bounded load test, {@code clients} concurrent clients
 * asking the same questions in seeded random order for {@code seconds}, counting requests, errors and latency.
 */
public final class ApiBench {
    /** What to measure. */
    public record Options(Path store, int actors, int repeat, int clients, int seconds) {}

    /**
     * Latency of one kind of question, in milliseconds: wall clock, and the CPU time of this process's Java threads per
     * request (client and server run in this process; the CPU figure does not grow with other programs' load, the
     * wall clock does).
     */
    public record Latency(String kind, int n, double p50, double p95, double max, double cpuP95) {}

    /** The result: latency per kind and the load test's figures. */
    public record Result(long articles, List<Latency> latency, int clients, int seconds, long requests, long errors,
            double requestsPerSecond, double loadP50, double loadP95, double loadMax, List<String> errorSamples) {}

    static final int WARM_UP = 2;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static Result run(Options o, PrintStream out) throws Exception {
        try (Store store = Store.openExisting(o.store())) {
            store.refreshDerived();
            Map<String, List<String>> questions = questions(store, o.actors());
            long articles = store.counts().articles();
            try (NewsgraphServer server = NewsgraphServer.start(store, ServerConfig.defaults().withPort(0))) {
                ApiBench b = new ApiBench();
                String base = server.url(ServerConfig.HOST);
                out.printf(Locale.ROOT, "store %s: %d articles; %d questions; one client, %d passes after %d "
                        + "warm-up passes%n", o.store(), articles, questions.values().stream().mapToInt(List::size)
                        .sum(), o.repeat(), WARM_UP);
                List<Latency> latency = b.alone(base, questions, o.repeat());
                latency.forEach(l -> out.printf(Locale.ROOT, "%-7s n=%-5d p50=%.1f ms  p95=%.1f ms  max=%.1f ms  "
                        + "cpu_p95=%.1f ms%n", l.kind(), l.n(), l.p50(), l.p95(), l.max(), l.cpuP95()));
                out.printf(Locale.ROOT, "load: %d clients for %d s ...%n", o.clients(), o.seconds());
                out.flush();
                return b.load(base, questions, o, articles, latency);
            }
        }
    }

    /** Each question alone, in order, timed after the warm-up passes. */
    private List<Latency> alone(String base, Map<String, List<String>> questions, int repeat) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int pass = -WARM_UP; pass < repeat; pass++) {
            for (Map.Entry<String, List<String>> kind : questions.entrySet()) {
                for (String path : kind.getValue()) {
                    long c0 = cpuNanos();
                    long t0 = System.nanoTime();
                    int status = get(base + path);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    double cpuMs = (cpuNanos() - c0) / 1e6;
                    if (status != 200) {
                        throw new IOException(path + " answered " + status);
                    }
                    if (pass >= 0) {
                        times.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(ms);
                        cpu.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(cpuMs);
                    }
                }
            }
        }
        List<Latency> out = new ArrayList<>();
        times.forEach((k, v) -> out.add(new Latency(k, v.size(), pct(v, 50), pct(v, 95), pct(v, 100),
                pct(cpu.get(k), 95))));
        return out;
    }

    /** Concurrent clients until the deadline; every request is counted, every non-200 answer is an error. */
    private Result load(String base, Map<String, List<String>> questions, Options o, long articles,
            List<Latency> latency) throws InterruptedException {
        List<String> all = new ArrayList<>();
        questions.values().forEach(all::addAll);
        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong errorCount = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(o.seconds()).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < o.clients(); c++) {
            Random random = new Random(42 + c);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    String path = all.get(random.nextInt(all.size()));
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = get(base + path);
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    times.add((System.nanoTime() - t0) / 1e6);
                    if (status != 200 && errorCount.incrementAndGet() <= 5) {
                        errors.add(status + " " + path);
                    }
                }
            }, "newsgraph-bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Double> v = new ArrayList<>(times);
        return new Result(articles, latency, o.clients(), o.seconds(), v.size(), errorCount.get(),
                v.size() / (double) o.seconds(), pct(v, 50), pct(v, 95), pct(v, 100), new ArrayList<>(errors));
    }

    /**
     * CPU time of all live Java threads, in nanoseconds: the server's request threads (DuckDB runs its queries on
     * the calling thread, since the server limits it to one worker thread), Lucene, and the client. Not the process
     * CPU time, which the JVM counts in 10 ms clock ticks (too coarse for one request) and which includes garbage
     * collection and compilation in the background.
     */
    private static long cpuNanos() {
        long[] ids = THREADS.getAllThreadIds();
        long sum = 0;
        for (long t : THREADS.getThreadCpuTime(ids)) {
            sum += Math.max(0, t);
        }
        return sum;
    }

    private int get(String url) throws IOException, InterruptedException {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }

    /** The questions: per actor its page's four requests, per pair its dyad, per actor a search for its label. */
    static Map<String, List<String>> questions(Store store, int n) throws SQLException, StoreException {
        Map<String, List<String>> q = new LinkedHashMap<>();
        try (StoreReader reader = new StoreReader(store, 1, 0)) {
            for (ActorRow a : reader.mostNamed(n, Language.ENGLISH)) {
                String id = enc(a.id());
                for (String part : new String[] {"", "/roles", "/timeline", "/partners"}) {
                    q.computeIfAbsent("actor", k -> new ArrayList<>()).add("api/actors/" + id + part);
                }
                String label = a.label() == null ? a.id() : a.label().replace("\"", "");
                q.computeIfAbsent("search", k -> new ArrayList<>()).add("api/search?q=" + enc("\"" + label + "\""));
            }
            for (Pair p : reader.coMentioned(n)) {
                q.computeIfAbsent("dyad", k -> new ArrayList<>()).add("api/dyads/" + enc(p.a()) + "/" + enc(p.b()));
            }
        }
        return q;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The nearest-rank percentile. */
    static double pct(List<Double> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.size());
        return v.get(Math.max(0, Math.min(v.size() - 1, rank - 1)));
    }
}
