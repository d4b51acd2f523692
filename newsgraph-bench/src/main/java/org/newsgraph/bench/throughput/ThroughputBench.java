/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.error.BadInputException;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.Store;

/**
 * The throughput bench: a dataset's stories, as article records, through the real ingest path (N analysis workers,
 * one store writer) into a store. Models are loaded and the JIT warmed up on the first {@code warmup} stories (on as
 * many threads as the run) before the clock starts; the clock stops when the store is committed and its derived
 * tables are computed. Prints a stage profile per article, the ingest summary, the run's CPU time by thread group
 * (analysis workers, JIT compiler, garbage collector, the rest) and, last, the contract's summary line. The machine is
 * often shared: {@code cpu_ms_per_article} (process CPU time per stored article), {@code worker_cpu_ms_per_article}
 * (the analysis threads' alone: the steady state, without the JIT's and the collector's share) and {@code load_avg}
 * (the system's load average at the end) tell how much of the wall time was ours.
 */
public final class ThroughputBench {
    /**
     * Dataset folder, story limit (0: all), worker threads, store folder (null: a temporary one), profile size, and
     * how many stories warm the JIT up first.
     */
    public record Options(Path dataset, int limit, int threads, Path store, int profile, int warmup) {
        /** The options with the default warm-up of 100 stories. */
        public Options(Path dataset, int limit, int threads, Path store, int profile) {
            this(dataset, limit, threads, store, profile, DEFAULT_WARMUP);
        }
    }

    /** Stories analysed before anything is timed: with fewer the JIT compiler's work inflates the CPU per article. */
    public static final int DEFAULT_WARMUP = 100;

    private ThroughputBench() {}

    public static SummaryLine run(Options o, Pipeline pipeline, PrintStream out) throws Exception {
        if (o.warmup() < 0) {
            throw new IllegalArgumentException("warm-up must not be negative");
        }
        List<BenchRecord> warm = new ArrayList<>();
        Datasets.read(o.dataset(), 0, r -> {
            warm.add(r);
            return warm.size() < Math.max(Math.max(1, o.profile()), o.warmup());
        });
        if (warm.isEmpty()) {
            throw new IOException(o.dataset() + ": the dataset holds no story");
        }
        out.printf(Locale.ROOT, "loading models and warming up on %d stories ...%n", Math.min(warm.size(), o.warmup()));
        warmUp(pipeline, warm.subList(0, Math.max(1, Math.min(warm.size(), o.warmup()))), o.threads());
        StageProfile.measure(pipeline, warm.subList(0, Math.max(1, Math.min(warm.size(), o.profile())))).print(out);
        Path dir = o.store() != null ? o.store() : Files.createTempDirectory("newsgraph-throughput");
        IngestSummary s;
        PeakHeap peak = PeakHeap.start();
        try (Store store = Store.open(dir)) {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            ThreadCpu threads = ThreadCpu.available() ? ThreadCpu.start() : null;
            try (Ingester ingester = new Ingester(store, pipeline, new Ingester.Options(o.threads(), 32))) {
                Datasets.read(o.dataset(), o.limit(), r -> {
                    ingester.accept(r.toDocument(), r.hints());
                    return true;
                });
                s = ingester.finish();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (processCpuNanos() - cpu0) / 1e6;
            Map<String, Double> byGroup = threads == null ? Map.of() : threads.stop();
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            peak.stop();
            out.printf(Locale.ROOT, "ingest: %d stored, %d duplicates, %d failed in %.1f s%n", s.stored(),
                    s.duplicates(), s.failed(), seconds);
            s.failures().stream().limit(10).forEach(f -> out.println("  failed: " + f.input() + ": " + f.reason()));
            out.println("store: " + store.counts());
            int n = (int) Math.max(1, s.stored());
            if (!byGroup.isEmpty()) {
                out.printf(Locale.ROOT, "CPU by thread group, ms per article: process %.1f = analysis workers %.1f"
                        + " + JIT compiler %.1f + garbage collector %.1f + other %.1f%n", cpuMs / n,
                        byGroup.get(ThreadCpu.WORKERS) / n, byGroup.get(ThreadCpu.JIT) / n,
                        byGroup.get(ThreadCpu.GC) / n, byGroup.get(ThreadCpu.OTHER) / n);
            }
            SummaryLine line = new SummaryLine("throughput").put("dataset", Datasets.name(o.dataset()))
                    .put("articles", s.stored()).rate("articles_per_s", s.stored() / seconds)
                    .rate("tokens_per_s", s.tokens() / seconds).put("threads", o.threads())
                    .put("heap_mb", heapAfterGc()).put("heap_peak_mb", peak.peakMb())
                    .put("duplicates", s.duplicates()).put("failed", s.failed())
                    .rate("cpu_ms_per_article", cpuMs / n)
                    .put("warmup", Math.min(warm.size(), o.warmup()));
            if (!byGroup.isEmpty()) {
                line.rate("worker_cpu_ms_per_article", byGroup.get(ThreadCpu.WORKERS) / n)
                        .rate("jit_cpu_ms_per_article", byGroup.get(ThreadCpu.JIT) / n)
                        .rate("gc_cpu_ms_per_article", byGroup.get(ThreadCpu.GC) / n);
            }
            line.rate("load_avg", load);
            out.println(line);
            return line;
        } finally {
            peak.stop();
            if (o.store() == null) {
                delete(dir);
            }
        }
    }

    /**
     * Loads the models of every language in the sample and lets the JIT compile the hot code: every story of the
     * sample is analysed once, on as many threads as the run uses (so that per-thread caches and tagger pools are
     * warm too).
     */
    private static void warmUp(Pipeline pipeline, List<BenchRecord> sample, int threads) throws InterruptedException {
        try {
            pipeline.analyze(sample.get(0).toDocument(), sample.get(0).hints()); // models load once, on one thread
        } catch (BadInputException e) {
            // refused stories are counted in the run itself
        }
        AtomicInteger next = new AtomicInteger(1);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, threads); i++) {
            Thread t = new Thread(() -> {
                for (int k = next.getAndIncrement(); k < sample.size(); k = next.getAndIncrement()) {
                    try {
                        pipeline.analyze(sample.get(k).toDocument(), sample.get(k).hints());
                    } catch (BadInputException e) {
                        // refused stories are counted in the run itself
                    }
                }
            }, "newsgraph-warmup-" + i);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
    }

    /** CPU time of the whole process: divided by the articles it is independent of other programs' load. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    static long heapAfterGc() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() >> 20;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
