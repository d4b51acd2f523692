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
import java.util.stream.Stream;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.error.BadInputException;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.Store;

/**
 * The throughput bench: a dataset's stories, as article records, through the real ingest path (N analysis workers,
 * one store writer) into a store. Models are loaded and warmed up before the clock starts; the clock stops when the
 * store is committed and its derived tables are computed. Prints a stage profile, the ingest summary and, last, the
 * contract's summary line. The machine is often shared: {@code cpu_ms_per_article} (process CPU time per stored
 * article) and {@code load_avg} (the system's load average at the end) tell how much of the wall time was ours.
 */
public final class ThroughputBench {
    /** Dataset folder, story limit (0: all), worker threads, store folder (null: a temporary one), profile size. */
    public record Options(Path dataset, int limit, int threads, Path store, int profile) {}

    private ThroughputBench() {}

    public static SummaryLine run(Options o, Pipeline pipeline, PrintStream out) throws Exception {
        List<BenchRecord> warm = new ArrayList<>();
        Datasets.read(o.dataset(), 0, r -> {
            warm.add(r);
            return warm.size() < Math.max(1, o.profile());
        });
        if (warm.isEmpty()) {
            throw new IOException(o.dataset() + ": the dataset holds no story");
        }
        out.println("loading models and warming up ...");
        warmUp(pipeline, warm);
        StageProfile.measure(pipeline, warm).print(out);
        Path dir = o.store() != null ? o.store() : Files.createTempDirectory("newsgraph-throughput");
        IngestSummary s;
        PeakHeap peak = PeakHeap.start();
        try (Store store = Store.open(dir)) {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            try (Ingester ingester = new Ingester(store, pipeline, new Ingester.Options(o.threads(), 32))) {
                Datasets.read(o.dataset(), o.limit(), r -> {
                    ingester.accept(r.toDocument(), r.hints());
                    return true;
                });
                s = ingester.finish();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (processCpuNanos() - cpu0) / 1e6;
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            peak.stop();
            out.printf(Locale.ROOT, "ingest: %d stored, %d duplicates, %d failed in %.1f s%n", s.stored(),
                    s.duplicates(), s.failed(), seconds);
            s.failures().stream().limit(10).forEach(f -> out.println("  failed: " + f.input() + ": " + f.reason()));
            out.println("store: " + store.counts());
            SummaryLine line = new SummaryLine("throughput").put("dataset", Datasets.name(o.dataset()))
                    .put("articles", s.stored()).rate("articles_per_s", s.stored() / seconds)
                    .rate("tokens_per_s", s.tokens() / seconds).put("threads", o.threads())
                    .put("heap_mb", heapAfterGc()).put("heap_peak_mb", peak.peakMb())
                    .put("duplicates", s.duplicates()).put("failed", s.failed())
                    .rate("cpu_ms_per_article", cpuMs / Math.max(1, s.stored()))
                    .rate("load_avg", load);
            out.println(line);
            return line;
        } finally {
            peak.stop();
            if (o.store() == null) {
                delete(dir);
            }
        }
    }

    /** Loads the models of every language in the sample and lets the JIT see a few articles. */
    private static void warmUp(Pipeline pipeline, List<BenchRecord> sample) {
        for (BenchRecord r : sample.subList(0, Math.min(3, sample.size()))) {
            try {
                pipeline.analyze(r.toDocument(), r.hints());
            } catch (BadInputException e) {
                // refused stories are counted in the run itself
            }
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
