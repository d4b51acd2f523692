/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.model.Language;
import org.newsgraph.query.ActorRow;
import org.newsgraph.query.Filters;
import org.newsgraph.query.Level;
import org.newsgraph.query.Pair;
import org.newsgraph.query.StoreReader;
import org.newsgraph.store.Period;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;

/**
 * The query bench: latency of the questions a user asks of a filled store — an actor's timeline, its top partners,
 * a dyad's relations by month, and a full-text search filtered by actor — for the most mentioned actors and the most
 * co-mentioned pairs, after untimed warm-up passes. DuckDB runs each query on the calling thread ({@code threads=1}:
 * these queries touch too few rows to gain from parallelism), so the thread's CPU time is the query's whole cost:
 * {@code cpu_p95_ms} does not depend on other programs' load, unlike the wall-clock figures. Prints p50/p95/max per
 * kind and, last, the summary line.
 */
public final class QueryBench {
    /** Store folder, how many actors and dyads to ask about, and how often to repeat each question. */
    public record Options(Path store, int actors, int repeat) {}

    private interface Query {
        void run() throws Exception;
    }

    static final int WARM_UP = 3;

    private QueryBench() {}

    public static SummaryLine run(Options o, PrintStream out) throws Exception {
        try (Store store = Store.openExisting(o.store())) {
            store.refreshDerived();
            // one connection, DuckDB on the calling thread: the thread's CPU time is the query's whole cost
            StoreReader reader = new StoreReader(store, 1, 1);
            List<ActorRow> actors = reader.mostNamed(o.actors(), Language.ENGLISH);
            List<Pair> dyads = reader.coMentioned(o.actors());
            Map<String, List<Query>> queries = new LinkedHashMap<>();
            for (ActorRow a : actors) {
                add(queries, "timeline", () -> reader.timeline(a.id(), Period.MONTH, Level.ACTOR, null, null));
                add(queries, "partners", () -> reader.partners(a.id(), 10, Level.STATE, Language.ENGLISH));
                SearchRequest r = new SearchRequest("\"" + a.label().replace("\"", "") + "\"", a.id(), null, null,
                        null, null, false, 10);
                add(queries, "search", () -> reader.search(r, 0, 10));
            }
            for (Pair d : dyads) {
                add(queries, "dyad", () -> reader.dyad(d.a(), d.b(), Period.MONTH, Level.STATE, Filters.NONE,
                        Language.ENGLISH, 0, 50));
            }
            Map<String, List<Double>> times = new LinkedHashMap<>();
            List<Double> cpu = new ArrayList<>();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int pass = -WARM_UP; pass < o.repeat(); pass++) {
                for (Map.Entry<String, List<Query>> kind : queries.entrySet()) {
                    for (Query q : kind.getValue()) {
                        long c0 = threads.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        q.run();
                        double ms = (System.nanoTime() - t0) / 1e6;
                        if (pass >= 0) { // the warm-up passes fill caches and let the JIT compile
                            times.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(ms);
                            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                        }
                    }
                }
            }
            long articles = store.counts().articles();
            List<Double> all = new ArrayList<>();
            SummaryLine line = new SummaryLine("queries").put("store", o.store().toAbsolutePath().normalize()
                    .getFileName().toString()).put("articles", articles).put("actors", actors.size())
                    .put("dyads", dyads.size());
            for (Map.Entry<String, List<Double>> t : times.entrySet()) {
                all.addAll(t.getValue());
                out.printf(Locale.ROOT, "%-9s n=%-5d p50=%.1f ms  p95=%.1f ms  max=%.1f ms%n", t.getKey(),
                        t.getValue().size(), pct(t.getValue(), 50), pct(t.getValue(), 95), pct(t.getValue(), 100));
                line.rate(t.getKey() + "_p95_ms", pct(t.getValue(), 95));
            }
            line.put("queries", all.size()).rate("p50_ms", pct(all, 50)).rate("p95_ms", pct(all, 95))
                    .rate("max_ms", pct(all, 100)).rate("cpu_p95_ms", pct(cpu, 95))
                    .rate("load_avg", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.println(line);
            reader.close();
            return line;
        }
    }

    private static void add(Map<String, List<Query>> queries, String kind, Query q) {
        queries.computeIfAbsent(kind, k -> new ArrayList<>()).add(q);
    }

    /** The nearest-rank percentile of the values. */
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
