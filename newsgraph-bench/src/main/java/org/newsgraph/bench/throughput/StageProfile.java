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
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Language;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.nlp.HeidelTimeTagger;
import org.newsgraph.nlp.LanguageIdentifier;
import org.newsgraph.nlp.LinguaLanguageIdentifier;
import org.newsgraph.nlp.TimexTagger;

/**
 * Times the pipeline's stages one by one on a sample, single-threaded and after warm-up: reading, language
 * identification, CoreNLP annotation, temporal tagging (HeidelTime and Newsgraph's rules), actor linking, and the
 * full analysis for comparison. The language identifier and the timex tagger are instances of the classes the
 * standard pipeline uses.
 */
final class StageProfile {
    private long read;
    private long language;
    private long timex;
    private long annotate;
    private long link;
    private long analyze;
    private long tokens;
    private int articles;

    private StageProfile() {}

    static StageProfile measure(Pipeline pipeline, List<BenchRecord> sample) {
        LanguageIdentifier languages = new LinguaLanguageIdentifier();
        TimexTagger timexes = new HeidelTimeTagger();
        new StageProfile().time(pipeline, languages, timexes, sample.get(0)); // loads the extra instances' models
        StageProfile p = new StageProfile();
        for (BenchRecord r : sample) {
            p.time(pipeline, languages, timexes, r);
        }
        return p;
    }

    private void time(Pipeline pipeline, LanguageIdentifier languages, TimexTagger timexes, BenchRecord r) {
        try {
            long t0 = System.nanoTime();
            Article a = pipeline.read(r.toDocument(), r.hints());
            long t1 = System.nanoTime();
            languages.identify(ArticleText.of(a).text());
            long t2 = System.nanoTime();
            AnnotatedText text = pipeline.annotator().annotate(a, Language.fromCode(r.language()).orElseThrow());
            long t3 = System.nanoTime();
            timexes.tag(text, a.published());
            long t4 = System.nanoTime();
            pipeline.linker().link(text);
            long t5 = System.nanoTime();
            pipeline.analyze(a, r.name(), r.hints());
            long t6 = System.nanoTime();
            read += t1 - t0;
            language += t2 - t1;
            annotate += t3 - t2;
            timex += t4 - t3;
            link += t5 - t4;
            analyze += t6 - t5;
            tokens += text.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
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
        out.printf(Locale.ROOT, "stage profile (1 thread, %d articles, %.0f tokens/article), ms per article:%n",
                articles, tokens / n);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"read (extract)", fmt(read / 1e6 / n)});
        rows.add(new String[] {"language identification (Lingua)", fmt(language / 1e6 / n)});
        rows.add(new String[] {"annotate (CoreNLP tokenize, ssplit, pos, lemma, ner)", fmt(annotate / 1e6 / n)});
        rows.add(new String[] {"timexes (HeidelTime and rules)", fmt(timex / 1e6 / n)});
        rows.add(new String[] {"link (actor registry)", fmt(link / 1e6 / n)});
        rows.add(new String[] {"full analysis", fmt(analyze / 1e6 / n)});
        for (String[] r : rows) {
            out.printf(Locale.ROOT, "  %-55s %8s%n", r[0], r[1]);
        }
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
