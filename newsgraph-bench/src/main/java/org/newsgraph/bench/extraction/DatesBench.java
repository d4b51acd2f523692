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
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;

/**
 * {@code bench dates}: the publication day Newsgraph finds on each page of the htmldate set, scored as htmldate's
 * evaluation does: a found day equal to the gold is a true positive, another day a false positive, no day a false
 * negative; accuracy is TP over all pages. Prints the figures per date method, then the summary line, whose rates
 * (one pass after one warm-up pass: a quality bench, not a speed one) are by wall clock and by the thread's CPU time.
 */
public final class DatesBench {
    /** What to run: the dataset folder, how many wrong pages to list, an optional page limit. */
    public record Options(Path dataset, int worst, int limit) {}

    private DatesBench() {}

    public static SummaryLine run(Options o, PrintStream out) throws IOException {
        ExtractionDataset data = ExtractionDataset.load(o.dataset(), o.limit());
        if (data.dates().isEmpty()) {
            throw new IOException(o.dataset() + ": not a date dataset (expected eval_default.json and manifest.tsv)");
        }
        NewsgraphExtractor x = new NewsgraphExtractor();
        ExtractionBench.warmUp(x, data.pages(), 1, 0);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<DateMethod, int[]> byMethod = new TreeMap<>();
        int listed = 0;
        long nanos = 0;
        long cpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Page p : data.pages()) {
            LocalDate gold = data.dates().get(p.id());
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Article a = read(x, p);
            nanos += System.nanoTime() - t0;
            cpuNanos += threads.getCurrentThreadCpuTime() - c0;
            LocalDate found = a == null ? null : a.published();
            DateMethod method = a == null ? DateMethod.NONE : a.dateMethod();
            int[] m = byMethod.computeIfAbsent(method, k -> new int[2]);
            m[0]++;
            if (found == null) {
                fn++;
            } else if (found.equals(gold)) {
                tp++;
                m[1]++;
            } else {
                fp++;
            }
            if (!gold.equals(found) && listed++ < o.worst()) {
                out.printf(Locale.ROOT, "  wrong: gold=%s found=%s (%s) %s %s%n", gold, found, method.wireName(),
                        p.id(), p.url());
            }
        }
        byMethod.forEach((k, v) -> out.printf(Locale.ROOT, "  method=%s pages=%d correct=%d%n", k.wireName(), v[0],
                v[1]));
        int docs = data.pages().size();
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        SummaryLine line = new SummaryLine("dates").put("dataset", data.name()).put("docs", docs)
                .ratio("accuracy", docs == 0 ? 0 : (double) tp / docs).ratio("precision", precision)
                .ratio("recall", recall)
                .ratio("f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
                .rate("docs_per_s", docs / Math.max(nanos / 1e9, 1e-9))
                .rate("cpu_docs_per_s", docs / Math.max(cpuNanos / 1e9, 1e-9));
        out.println(line);
        return line;
    }

    private static Article read(NewsgraphExtractor x, Page p) {
        try {
            return x.article(p);
        } catch (BadInputException | RuntimeException e) {
            return null;
        }
    }
}
