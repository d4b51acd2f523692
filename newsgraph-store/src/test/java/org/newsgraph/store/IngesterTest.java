/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.DocumentReader;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/** The ingester with a model-free analyzer: parallel workers, duplicates before analysis, failures with reasons. */
class IngesterTest {
    @TempDir
    Path dir;

    /** Reads with the real readers and analyses with {@link TestAnalyses}; counts analyses. */
    static final class FakeAnalyzer implements ArticleAnalyzer {
        final AtomicInteger analysed = new AtomicInteger();
        private final DocumentReader reader = new DocumentReader(doc -> {
            throw new BadInputException(doc.name(), "HTML is not read in this test");
        });

        @Override
        public Article read(RawDocument doc, InputHints hints) throws BadInputException {
            return hints.apply(reader.read(doc));
        }

        @Override
        public Analysis analyze(Article article, String name, InputHints hints) throws BadInputException {
            analysed.incrementAndGet();
            Article a = article.language() == null ? article.toBuilder().language("en").build() : article;
            return TestAnalyses.analyse(a, TestAnalyses.KIM, TestAnalyses.PUTIN, TestAnalyses.RUSSIA);
        }
    }

    private IngestSummary ingest(Path input, FakeAnalyzer analyzer, int threads) throws Exception {
        try (Store store = Store.open(dir.resolve("store"));
                Ingester ingester = new Ingester(store, analyzer, new Ingester.Options(threads, 2))) {
            InputFiles.read(List.of(input), new InputFiles.Visitor() {
                @Override
                public void document(RawDocument doc) {
                    ingester.accept(doc, InputHints.NONE);
                }

                @Override
                public void failure(String in, String reason) {
                    ingester.fail(in, reason);
                }
            });
            return ingester.finish();
        }
    }

    private Path corpus() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add("{\"url\": \"https://example.org/" + i + "\", \"title\": \"Kim and Putin, part " + i
                    + "\", \"body\": \"Kim met Putin in Russia for the " + i + "th time.\"}");
        }
        lines.add("");
        lines.add("{\"url\": \"https://example.org/3\", \"title\": \"again\", \"body\": \"A repeated URL.\"}");
        lines.add("[1, 2]");
        Files.write(in.resolve("sub/feed.jsonl"), lines, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("a.txt"), "Putin speaks\n\nPutin spoke in Moscow on Monday.\n");
        Files.writeString(in.resolve("b.txt"), "");
        Files.writeString(in.resolve("notes.csv"), "not,an,article\n");
        return in;
    }

    @Test
    void storesEveryArticleOnceAndReportsFailuresWithTheirLine() throws Exception {
        Path in = corpus();
        assertEquals(34, InputFiles.count(List.of(in)));
        FakeAnalyzer analyzer = new FakeAnalyzer();
        IngestSummary s = ingest(in, analyzer, 3);
        assertEquals(31, s.stored());
        assertEquals(1, s.duplicates());
        assertEquals(2, s.failed());
        assertEquals(31, analyzer.analysed.get(), "the duplicate URL is skipped before analysis");
        List<String> failed = s.failures().stream().map(f -> f.input().replace(in.toString(), "IN")).sorted()
                .toList();
        assertEquals(List.of("IN/b.txt", "IN/sub/feed.jsonl:33"), failed);
        assertTrue(s.failures().stream().anyMatch(f -> f.reason().contains("expected a JSON object")),
                s.failures().toString());
        assertEquals(31, s.counts().articles());
    }

    @Test
    void aSecondIngestAnalysesNothingAndChangesNothing() throws Exception {
        Path in = corpus();
        IngestSummary first = ingest(in, new FakeAnalyzer(), 2);
        FakeAnalyzer again = new FakeAnalyzer();
        IngestSummary second = ingest(in, again, 2);
        assertEquals(0, second.stored());
        assertEquals(32, second.duplicates());
        assertEquals(0, again.analysed.get());
        assertEquals(first.counts(), second.counts());
    }
}
