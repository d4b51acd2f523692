/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.DataDir;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.Language;
import org.newsgraph.model.Timex;
import org.newsgraph.nlp.HeidelTimeTagger;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;

/**
 * HeidelTime's timexes on both throughput sets (every article of the 10kGNAD test split and of English Wikinews
 * 2019–2020) are the ones it found before HeidelTime's calls were made cheaper (anchored rule patterns, one reused
 * JCas per tagger): {@code timex/heideltime-throughput.tsv.gz} holds them as offsets, type, value and rule, no text.
 * The only differences allowed are the ones listed, each with its reason, in {@code timex/heideltime-differences.tsv}
 * (and in docs/decisions.md). Run with {@code -Dnewsgraph.timex.write=FILE} to write the file instead.
 */
class TimexRegressionIT {
    private static final String GOLDEN = "/timex/heideltime-throughput.tsv.gz";
    private static final String ALLOWED = "/timex/heideltime-differences.tsv";

    @Test
    void heidelTimeFindsTheSameTimexesAsBefore() throws Exception {
        Path gnad = DataDir.dataset("news/de-10kgnad-testsplit").orElse(null);
        Path wiki = DataDir.dataset("news/en-wikinews-2019-2020").orElse(null);
        Assumptions.assumeTrue(gnad != null && wiki != null, "../shared/data/news throughput sets absent: skipped");
        List<String> actual = new ArrayList<>();
        Pipeline pipeline = Pipelines.standard();
        HeidelTimeTagger tagger = new HeidelTimeTagger();
        for (Path dataset : List.of(gnad, wiki)) {
            Datasets.read(dataset, 0, r -> {
                actual.addAll(timexes(pipeline, tagger, r));
                return true;
            });
        }
        String write = System.getProperty("newsgraph.timex.write");
        if (write != null && !write.isBlank()) {
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(Path.of(write)));
                    PrintStream out = new PrintStream(o, false, StandardCharsets.UTF_8)) {
                actual.forEach(out::println);
            }
            return;
        }
        Set<String> expected = new LinkedHashSet<>(lines(GOLDEN, true));
        Set<String> allowed = new TreeSet<>();
        for (String line : lines(ALLOWED, false)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                allowed.add(line.substring(0, line.lastIndexOf('\t'))); // the last column is the reason
            }
        }
        Set<String> found = new LinkedHashSet<>(actual);
        List<String> unexplained = new ArrayList<>();
        for (String e : expected) {
            if (!found.contains(e) && !allowed.contains("-\t" + e)) {
                unexplained.add("-\t" + e);
            }
        }
        for (String f : found) {
            if (!expected.contains(f) && !allowed.contains("+\t" + f)) {
                unexplained.add("+\t" + f);
            }
        }
        assertTrue(unexplained.isEmpty(), unexplained.size() + " timexes differ from before (of " + expected.size()
                + "), first ones:\n" + String.join("\n", unexplained.subList(0, Math.min(20, unexplained.size()))));
    }

    /** One line per HeidelTime timex: story, start, end, type, value, rule. */
    private static List<String> timexes(Pipeline pipeline, HeidelTimeTagger tagger, BenchRecord r) {
        List<String> out = new ArrayList<>();
        try {
            Article a = pipeline.read(r.toDocument(), r.hints());
            Language language = Language.fromCode(r.language()).orElseThrow();
            AnnotatedText text = pipeline.annotator().annotate(a, language);
            for (Timex t : tagger.heidelTime(text, a.published())) {
                out.add(r.name() + "\t" + t.start() + "\t" + t.end() + "\t" + t.type() + "\t" + t.value() + "\t"
                        + t.method());
            }
        } catch (BadInputException e) {
            // a story without text has no timexes either way
        }
        return out;
    }

    private static List<String> lines(String resource, boolean gzip) throws IOException {
        InputStream in = TimexRegressionIT.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in,
                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
