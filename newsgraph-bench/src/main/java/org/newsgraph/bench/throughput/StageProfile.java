/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Sentence;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StageClock;

/**
 * Times the pipeline's stages on a sample, single-threaded and after one warm-up article: reading, then each stage of
 * the analysis as the pipeline runs it. Prints the thread's CPU time per stage (what a stage costs, whatever else runs
 * on the machine) beside the wall clock, and how many sentences the parser was given.
 */
final class StageProfile {
    private final StageClock clock = StageClock.on();
    private long tokens;
    private long sentences;
    private long parsed;
    private int articles;

    private StageProfile() {}

    static StageProfile measure(Pipeline pipeline, List<BenchRecord> sample) {
        new StageProfile().time(pipeline, sample.get(0));
        StageProfile p = new StageProfile();
        for (BenchRecord r : sample) {
            p.time(pipeline, r);
        }
        return p;
    }

    private void time(Pipeline pipeline, BenchRecord r) {
        try {
            clock.start();
            Article a = pipeline.read(r.toDocument(), r.hints());
            clock.lap("read");
            Analysis analysis = pipeline.analyze(a, r.name(), r.hints(), clock);
            for (Sentence s : analysis.annotated().sentences()) {
                tokens += s.tokens().size();
                sentences++;
                parsed += s.isParsed() ? 1 : 0;
            }
            articles++;
        } catch (BadInputException e) {
            // a story the pipeline refuses is left out of the profile; the ingest run counts it as failed
        }
    }

    void print(PrintStream out) {
        if (articles == 0) {
            return;
        }
        double n = articles;
        out.printf(Locale.ROOT, "stage profile (1 thread, %d articles, %.0f tokens and %.1f sentences per article, "
                + "%.1f of them parsed), ms per article:%n", articles, tokens / n, sentences / n, parsed / n);
        out.printf(Locale.ROOT, "  %-12s %9s %9s%n", "stage", "CPU", "wall");
        long cpu = 0;
        long wall = 0;
        for (Map.Entry<String, StageClock.Totals> e : clock.totals().entrySet()) {
            out.printf(Locale.ROOT, "  %-12s %9.1f %9.1f%n", e.getKey(), e.getValue().cpuNanos() / 1e6 / n,
                    e.getValue().wallNanos() / 1e6 / n);
            cpu += e.getValue().cpuNanos();
            wall += e.getValue().wallNanos();
        }
        out.printf(Locale.ROOT, "  %-12s %9.1f %9.1f%n", "total", cpu / 1e6 / n, wall / 1e6 / n);
    }
}
