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
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.CoreNlpDependencyParser;
import org.newsgraph.nlp.NndepDependencyParser;
import org.newsgraph.pipeline.Pipeline;

/**
 * The parse bench: the sentences the pipeline selects for parsing in a dataset's stories, parsed by Newsgraph's
 * scorer over CoreNLP's parser model ({@link NndepDependencyParser}) and by CoreNLP's parser itself
 * ({@link CoreNlpDependencyParser}) in the same run, on one thread. Both first parse every sentence once (the trees
 * are compared then, and the JIT and the caches warm up); then each parses them all again under the thread's CPU
 * clock. Prints the trees that differ (first few) and, last, the summary line.
 */
public final class ParseBench {
    /** Dataset folder and how many sentences to collect. */
    public record Options(Path dataset, int sentences) {}

    /** The bench's result, for tests. */
    public record Result(int sentences, int identical, double oursMs, double coreNlpMs, SummaryLine line) {}

    private ParseBench() {}

    public static Result run(Options o, Pipeline pipeline, PrintStream out) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        Language[] language = {null};
        Datasets.read(o.dataset(), 0, r -> {
            language[0] = Language.fromCode(r.language()).orElseThrow();
            sentences.addAll(selected(pipeline, r, language[0]));
            return sentences.size() < o.sentences();
        });
        if (sentences.isEmpty()) {
            throw new IOException(o.dataset() + ": no sentence to parse");
        }
        List<Sentence> sample = sentences.subList(0, Math.min(o.sentences(), sentences.size()));
        Language lang = language[0];
        NndepDependencyParser ours = new NndepDependencyParser();
        CoreNlpDependencyParser coreNlp = new CoreNlpDependencyParser();
        long tokens = sample.stream().mapToLong(s -> s.tokens().size()).sum();
        out.printf(Locale.ROOT, "%d sentences (%.1f tokens each) from %s, parsed by both, one thread%n",
                sample.size(), tokens / (double) sample.size(), Datasets.name(o.dataset()));
        List<List<Dependency>> a = parseAll(sample, s -> ours.parse(s, lang));
        List<List<Dependency>> b = parseAll(sample, s -> coreNlp.parse(s, lang));
        int identical = 0;
        for (int i = 0; i < sample.size(); i++) {
            if (a.get(i).equals(b.get(i))) {
                identical++;
            } else if (sample.size() - identical <= 5) {
                out.println("  differs: " + text(sample.get(i)) + "\n    ours:    " + a.get(i)
                        + "\n    CoreNLP: " + b.get(i));
            }
        }
        double oursMs = timed(sample, s -> ours.parse(s, lang));
        double coreMs = timed(sample, s -> coreNlp.parse(s, lang));
        out.printf(Locale.ROOT, "  %-26s %8.2f ms CPU per sentence%n", "Newsgraph's scorer", oursMs);
        out.printf(Locale.ROOT, "  %-26s %8.2f ms CPU per sentence%n", "CoreNLP's parser", coreMs);
        SummaryLine line = new SummaryLine("parse").put("dataset", Datasets.name(o.dataset()))
                .put("sentences", sample.size()).put("identical", identical).rate("speedup", coreMs / oursMs)
                .rate("ms_per_sentence", oursMs).rate("corenlp_ms_per_sentence", coreMs);
        out.println(line);
        return new Result(sample.size(), identical, oursMs, coreMs, line);
    }

    /** The sentences of one story that the pipeline would parse (for a claim or an event), in text order. */
    private static List<Sentence> selected(Pipeline pipeline, BenchRecord r, Language language) {
        try {
            Article a = pipeline.read(r.toDocument(), r.hints());
            if (a.isEmpty()) {
                return List.of();
            }
            AnnotatedText text = pipeline.annotator().annotate(a, language);
            List<Entity> entities = pipeline.linker().link(text);
            Set<Integer> which = new HashSet<>(pipeline.claims().sentencesToParse(text));
            which.addAll(pipeline.events().sentencesToParse(text, entities));
            return text.sentences().stream().filter(s -> which.contains(s.index())).toList();
        } catch (BadInputException e) {
            return List.of();
        }
    }

    private interface Parse {
        List<Dependency> apply(Sentence s);
    }

    private static List<List<Dependency>> parseAll(List<Sentence> sentences, Parse p) {
        List<List<Dependency>> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(p.apply(s));
        }
        return out;
    }

    /** CPU milliseconds per sentence of one pass over all. */
    private static double timed(List<Sentence> sentences, Parse p) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        for (Sentence s : sentences) {
            p.apply(s);
        }
        return (threads.getCurrentThreadCpuTime() - t0) / 1e6 / sentences.size();
    }

    private static String text(Sentence s) {
        StringBuilder sb = new StringBuilder();
        s.tokens().forEach(t -> sb.append(sb.length() == 0 ? "" : " ").append(t.word()));
        return sb.toString();
    }
}
