/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Language;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.Sentence;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;

/**
 * Newsgraph's scorer over CoreNLP's parser models gives CoreNLP's trees (heads and labels) on every sentence of the
 * project's own sample articles, German and English (the real-text comparison over 500 sentences per language is
 * {@code ParseParityIT} in newsgraph-bench).
 */
class NndepDependencyParserIT {
    @Test
    void sameTreesAsCoreNlpsParserOnEverySampleSentence() throws Exception {
        Pipeline pipeline = Pipelines.standard();
        NndepDependencyParser ours = new NndepDependencyParser();
        CoreNlpDependencyParser coreNlp = new CoreNlpDependencyParser();
        List<String> differences = new ArrayList<>();
        int[] count = new int[2];
        for (Path f : samples()) {
            Language language = f.getFileName().toString().startsWith("de-") ? Language.GERMAN : Language.ENGLISH;
            RawDocument doc = new RawDocument(f.toString(), Files.readAllBytes(f), null, "application/json", null,
                    Map.of(), "file");
            Article a = pipeline.read(doc, InputHints.NONE);
            AnnotatedText text = pipeline.annotator().annotate(a, language);
            for (Sentence s : text.sentences()) {
                List<Dependency> x = ours.parse(s, language);
                List<Dependency> y = coreNlp.parse(s, language);
                count[language.ordinal()]++;
                if (!x.equals(y)) {
                    differences.add(f.getFileName() + " #" + s.index() + "\n  ours:    " + x + "\n  CoreNLP: " + y);
                }
            }
        }
        assertTrue(count[0] >= 100 && count[1] >= 100, "sentences per language: " + count[0] + ", " + count[1]);
        assertEquals(List.of(), differences);
    }

    private static List<Path> samples() throws Exception {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path dir = p.resolve("samples");
            if (Files.isRegularFile(dir.resolve("README.md"))) {
                try (Stream<Path> s = Files.list(dir)) {
                    return s.filter(x -> x.getFileName().toString().endsWith(".json")).sorted().toList();
                }
            }
        }
        throw new IllegalStateException("the project's samples/ folder is not found");
    }
}
