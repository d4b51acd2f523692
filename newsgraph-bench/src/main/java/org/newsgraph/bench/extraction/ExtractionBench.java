/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.bench.SummaryLine;

/**
 * {@code bench extraction}: runs Newsgraph (and optionally peers) over a dataset's pages on one thread, scores each
 * with the dataset's own metric, and prints one line per peer and, last, the contract's summary line. Each system
 * first runs untimed over (up to 200 of) the pages, at least three times and on until 8 s of the thread's CPU time
 * are spent, so that all are measured after JIT warm-up; then timed passes over all pages (at least one, up to five,
 * until 4 s of CPU time), of which the first is scored. Only extraction calls are timed, not reading or scoring.
 * Besides wall-clock docs per second, {@code cpu_docs_per_s} divides by the thread's CPU time, which stays
 * meaningful on a machine shared with other work.
 */
public final class ExtractionBench {
    /**
     * What to run.
     *
     * @param dataset the dataset folder
     * @param compare peer names ({@code boilerpipe}, {@code readability4j})
     * @param worst   how many of the worst pages to list (0: none)
     * @param limit   only the first N pages (0: all)
     */
    public record Options(Path dataset, List<String> compare, int worst, int limit) {}

    /** One system's figures on the dataset. */
    public record Result(String system, int docs, double f1, double precision, double recall, double docsPerSecond,
            double cpuDocsPerSecond, List<DocScore> scores, Scorer scorer, int warmUpPasses, int timedPasses) {}

    /** Warm-up: at least this many passes over up to this many pages, untimed (the JIT needs a few hundred calls). */
    private static final int WARM_UP_PAGES = 200;
    private static final int WARM_UP_PASSES = 3;
    /**
     * ... and on until the thread has spent this much CPU time warming up: on a loaded machine the JIT's own threads
     * get little CPU, and three passes leave much of the code interpreted.
     */
    private static final double WARM_UP_CPU_S = 8;
    private static final int WARM_UP_MAX_PASSES = 40;
    /** Timed passes over all pages: at least one, and on until this much CPU time or this many passes. */
    private static final double TIMED_CPU_S = 4;
    private static final int TIMED_MAX_PASSES = 5;

    private ExtractionBench() {}

    public static SummaryLine run(Options o, PrintStream out) throws IOException {
        List<Extractor> peers = new ArrayList<>();
        for (String name : o.compare()) {
            peers.add(peer(name));
        }
        ExtractionDataset data = ExtractionDataset.load(o.dataset(), o.limit());
        if (data.scorer() == null) {
            throw new IOException(o.dataset() + ": a date dataset; run 'bench dates' on it");
        }
        out.printf(Locale.ROOT, "%s: %d pages%n", data.name(), data.pages().size());
        List<String> peerLines = new ArrayList<>();
        for (Extractor p : peers) {
            Result r = evaluate(p, data);
            peerLines.add(line(r, data, "peer", p.name()));
            out.println(passes(r));
        }
        Result ours = evaluate(new NewsgraphExtractor(), data);
        out.println(passes(ours));
        if (o.worst() > 0) {
            printWorst(ours, o.worst(), out);
        }
        peerLines.forEach(out::println);
        SummaryLine summary = new SummaryLine("extraction").put("dataset", data.name()).put("docs", ours.docs())
                .ratio("f1", ours.f1()).ratio("precision", ours.precision()).ratio("recall", ours.recall());
        if (ours.scorer() instanceof SnippetScorer s) {
            summary.ratio("accuracy", s.accuracy());
        }
        summary.rate("docs_per_s", ours.docsPerSecond()).rate("cpu_docs_per_s", ours.cpuDocsPerSecond());
        out.println(summary);
        return summary;
    }

    /** The peer of that name; an unknown name is an {@link IllegalArgumentException}. */
    public static Extractor peer(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "boilerpipe" -> new BoilerpipeExtractor();
            case "readability4j", "readability" -> new Readability4jExtractor();
            default -> throw new IllegalArgumentException("unknown peer '" + name
                    + "' (known: boilerpipe, readability4j)");
        };
    }

    /** Warm-up passes, timed passes on this thread, then scoring of the first timed pass. */
    public static Result evaluate(Extractor x, ExtractionDataset data) {
        return evaluate(x, data, true);
    }

    /**
     * Scores the extractor on the dataset; with {@code timed}, after the warm-up, the speed is the mean over the timed
     * passes (all pages each), in wall-clock and in thread CPU time. Without it (quality gates), one pass, and the
     * rates say nothing.
     */
    public static Result evaluate(Extractor x, ExtractionDataset data, boolean timed) {
        List<Page> pages = data.pages();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmUps = timed ? warmUp(x, pages, WARM_UP_PASSES, WARM_UP_CPU_S) : 0;
        System.gc(); // the timed passes should not pay for collecting the warm-up's garbage
        List<List<String>> outputs = new ArrayList<>(pages.size());
        long nanos = 0;
        long cpuNanos = 0;
        int passes = 0;
        while (passes == 0 || timed && passes < TIMED_MAX_PASSES && cpuNanos / 1e9 < TIMED_CPU_S) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (Page p : pages) {
                long t0 = System.nanoTime();
                List<String> paragraphs = run(x, p);
                nanos += System.nanoTime() - t0;
                if (passes == 0) {
                    outputs.add(paragraphs);
                }
            }
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu0;
            passes++;
        }
        Scorer scorer = data.scorer().get();
        List<DocScore> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scores.add(scorer.add(pages.get(i), outputs.get(i)));
        }
        double docs = (double) pages.size() * passes;
        return new Result(x.name(), pages.size(), scorer.f1(), scorer.precision(), scorer.recall(),
                docs / Math.max(nanos / 1e9, 1e-9), docs / Math.max(cpuNanos / 1e9, 1e-9), scores, scorer,
                warmUps, passes);
    }

    /**
     * Runs the extractor untimed over up to the first 200 pages, at least {@code passes} times and on until the thread
     * has spent {@code cpuSeconds}; returns the passes run.
     */
    static int warmUp(Extractor x, List<Page> pages, int passes, double cpuSeconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        int done = 0;
        while (done < passes || done < WARM_UP_MAX_PASSES
                && (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 < cpuSeconds) {
            for (int i = 0; i < Math.min(WARM_UP_PAGES, pages.size()); i++) {
                run(x, pages.get(i));
            }
            done++;
        }
        return done;
    }

    private static String passes(Result r) {
        return String.format(Locale.ROOT, "%s: %d warm-up passes, %d timed passes over all pages", r.system(),
                r.warmUpPasses(), r.timedPasses());
    }

    private static List<String> run(Extractor x, Page p) {
        try {
            List<String> r = x.extract(p);
            return r == null ? List.of() : r;
        } catch (Exception | StackOverflowError e) {
            return List.of();
        }
    }

    private static String line(Result r, ExtractionDataset data, String key, String name) {
        return String.format(Locale.ROOT, "%s=%s dataset=%s docs=%d f1=%.3f precision=%.3f recall=%.3f "
                + "docs_per_s=%.1f cpu_docs_per_s=%.1f", key, name, data.name(), r.docs(), r.f1(), r.precision(),
                r.recall(), r.docsPerSecond(), r.cpuDocsPerSecond());
    }

    private static void printWorst(Result r, int n, PrintStream out) {
        out.println("worst pages (newsgraph):");
        r.scores().stream().sorted(Comparator.comparingDouble(DocScore::f1)).limit(n).forEach(s ->
                out.printf(Locale.ROOT, "  f1=%.3f p=%.3f r=%.3f %s %s%n", s.f1(), s.precision(), s.recall(),
                        s.id(), s.url() == null ? "" : s.url()));
    }
}
