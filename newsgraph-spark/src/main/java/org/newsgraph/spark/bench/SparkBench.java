/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.bench.throughput.BenchRecord;
import org.newsgraph.bench.throughput.Datasets;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.spark.JobCounts;
import org.newsgraph.spark.JobOptions;
import org.newsgraph.spark.NewsgraphJob;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.InputFiles;
import org.newsgraph.store.Store;

/**
 * The Spark bench: a dataset's first N stories as one JSONL file of article records, through the Spark job on
 * {@code local[1]} and {@code local[2]} and through the embedded ingest with as many threads as cores, in one JVM
 * whose models are loaded and warmed up first. Each run is timed from its start to its last table written (the
 * derived tables included, as for the ingest), by wall clock and by the process's CPU time, which holds on a shared
 * machine. Prints the runs and, last, the contract's summary line.
 */
public final class SparkBench {
    /** Dataset folder, stories (0: all), stories analysed before the clock starts. */
    public record Options(Path dataset, int docs, int warmUp) {}

    /** One timed run. */
    record Run(String name, long articles, long rejects, double seconds, double cpuMs, double load) {
        double rate() {
            return articles / Math.max(seconds, 1e-9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-16s %5d articles %3d rejects in %6.1f s: %5.1f articles/s, "
                    + "%6.1f ms CPU per article, load average %.1f", name, articles, rejects, seconds, rate(),
                    cpuMs / Math.max(1, articles), load);
        }
    }

    private SparkBench() {}

    public static SummaryLine run(Options o, PrintStream out) throws Exception {
        Path tmp = Files.createTempDirectory("newsgraph-bench-spark");
        try {
            List<BenchRecord> records = new ArrayList<>();
            Datasets.read(o.dataset(), o.docs(), records::add);
            if (records.isEmpty()) {
                throw new IOException(o.dataset() + ": the dataset holds no story");
            }
            String lang = records.get(0).language() == null ? "auto" : records.get(0).language();
            List<BenchRecord> warm = records.subList(0, Math.min(o.warmUp(), records.size()));
            Path jsonl = write(tmp.resolve("records.jsonl"), records);
            out.printf(Locale.ROOT, "%d stories of %s as article records; loading models and warming up on %d ...%n",
                    records.size(), Datasets.name(o.dataset()), warm.size());
            warmUp(Pipelines.standard(), warm, lang);
            // Spark's own code is compiled by the JIT on its first job: warm it up too, so local[1] is not the cold run
            spark("warm-up", "local[2]", write(tmp.resolve("warm.jsonl"), warm), tmp.resolve("out0"), lang);
            int cores = Runtime.getRuntime().availableProcessors();
            Run local1 = spark("spark local[1]", "local[1]", jsonl, tmp.resolve("out1"), lang);
            out.println(local1);
            Run local2 = spark("spark local[2]", "local[2]", jsonl, tmp.resolve("out2"), lang);
            out.println(local2);
            Run embedded = embedded("ingest " + cores + " threads", jsonl, tmp.resolve("store"), lang, cores);
            out.println(embedded);
            double speedup = local2.rate() / Math.max(local1.rate(), 1e-9);
            SummaryLine line = new SummaryLine("spark").put("dataset", Datasets.name(o.dataset()))
                    .put("docs", records.size()).put("articles", local2.articles())
                    .rate("articles_per_s_local1", local1.rate()).rate("articles_per_s_local2", local2.rate())
                    .put("speedup", String.format(Locale.ROOT, "%.2f", speedup))
                    .rate("embedded_articles_per_s", embedded.rate())
                    .put("spark_vs_embedded", String.format(Locale.ROOT, "%.2f", local2.rate() / embedded.rate()))
                    .put("embedded_threads", cores).put("rejects", local2.rejects())
                    .rate("cpu_ms_per_article_local1", local1.cpuMs() / Math.max(1, local1.articles()))
                    .rate("cpu_ms_per_article_local2", local2.cpuMs() / Math.max(1, local2.articles()))
                    .rate("cpu_ms_per_article_embedded", embedded.cpuMs() / Math.max(1, embedded.articles()))
                    .rate("load_avg", Math.max(local1.load(), Math.max(local2.load(), embedded.load())));
            out.println(line);
            return line;
        } finally {
            delete(tmp);
        }
    }

    private static Path write(Path file, List<BenchRecord> records) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (BenchRecord r : records) {
                w.write(new String(r.toDocument().bytes(), StandardCharsets.UTF_8));
                w.write('\n');
            }
        }
        return file;
    }

    private static void warmUp(Pipeline pipeline, List<BenchRecord> sample, String lang) {
        for (BenchRecord r : sample) {
            try {
                pipeline.analyze(r.toDocument(), new InputHints(null, null, null, lang));
            } catch (BadInputException e) {
                // refused stories are counted in the runs themselves
            }
        }
    }

    static Run spark(String name, String master, Path jsonl, Path out, String lang) {
        SparkSession spark = NewsgraphJob.configure(SparkSession.builder()).master(master)
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            long cpu0 = cpuNanos();
            JobCounts c = NewsgraphJob.run(spark, new JobOptions(List.of(jsonl.toString()), out.toString(), lang,
                    null, null, null, null, 0));
            return new Run(name, c.stored(), c.rejected(), c.seconds(), (cpuNanos() - cpu0) / 1e6, load());
        } finally {
            spark.stop();
        }
    }

    static Run embedded(String name, Path jsonl, Path dir, String lang, int threads) throws Exception {
        InputHints hints = new InputHints(null, null, null, lang);
        try (Store store = Store.open(dir)) {
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            IngestSummary s;
            try (Ingester ingester = new Ingester(store, Pipelines.standard(), new Ingester.Options(threads, 32))) {
                InputFiles.read(List.of(jsonl), new InputFiles.Visitor() {
                    @Override
                    public void document(RawDocument doc) {
                        ingester.accept(doc, hints);
                    }

                    @Override
                    public void failure(String input, String reason) {
                        ingester.fail(input, reason);
                    }
                });
                s = ingester.finish();
            }
            return new Run(name, s.stored(), s.failed(), (System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu0) / 1e6,
                    load());
        }
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
