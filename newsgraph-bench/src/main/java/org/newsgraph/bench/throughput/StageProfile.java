/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.Language;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;

/**
 * Times the pipeline's stages one by one on a sample, single-threaded and after warm-up: reading, CoreNLP annotation,
 * actor linking, and the full analysis; what the full analysis costs beyond annotation and linking is language
 * identification and temporal tagging (HeidelTime and Newsgraph's rules).
 */
final class StageProfile {
    private long read;
    private long annotate;
    private long link;
    private long analyze;
    private long tokens;
    private int articles;

    private StageProfile() {}

    static StageProfile measure(Pipeline pipeline, List<BenchRecord> sample) {
        StageProfile p = new StageProfile();
        for (BenchRecord r : sample) {
            try {
                long t0 = System.nanoTime();
                Article a = pipeline.read(r.toDocument(), InputHints.NONE);
                long t1 = System.nanoTime();
                AnnotatedText text = pipeline.annotator().annotate(a, Language.fromCode(r.language()).orElseThrow());
                long t2 = System.nanoTime();
                pipeline.linker().link(text);
                long t3 = System.nanoTime();
                pipeline.analyze(a, r.name(), InputHints.NONE);
                long t4 = System.nanoTime();
                p.read += t1 - t0;
                p.annotate += t2 - t1;
                p.link += t3 - t2;
                p.analyze += t4 - t3;
                p.tokens += text.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
                p.articles++;
            } catch (BadInputException e) {
                // a story the pipeline refuses is left out of the profile; the ingest run counts it as failed
            }
        }
        return p;
    }

    void print(PrintStream out) {
        if (articles == 0) {
            return;
        }
        double n = articles;
        double rest = Math.max(0, analyze - annotate - link) / 1e6 / n;
        out.printf(Locale.ROOT, "stage profile (1 thread, %d articles, %.0f tokens/article), ms per article:%n",
                articles, tokens / n);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"read (extract)", fmt(read / 1e6 / n)});
        rows.add(new String[] {"annotate (CoreNLP tokenize, ssplit, pos, lemma, ner)", fmt(annotate / 1e6 / n)});
        rows.add(new String[] {"link (actor registry)", fmt(link / 1e6 / n)});
        rows.add(new String[] {"language id + timexes (HeidelTime, rules)", fmt(rest)});
        rows.add(new String[] {"full analysis", fmt(analyze / 1e6 / n)});
        for (String[] r : rows) {
            out.printf(Locale.ROOT, "  %-55s %8s%n", r[0], r[1]);
        }
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
