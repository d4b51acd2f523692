/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.bench.hostile.HostileIngest;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.store.ArticleAnalyzer;
import org.newsgraph.store.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hostile", mixinStandardHelpOptions = true,
        description = {"Write the malformed corpus (truncated gzip, invalid UTF-8, NUL bytes, a 100 MB line, "
                + "100,000-deep nesting, entity expansion and external entities in feeds and sitemaps, a WARC with a "
                + "lying Content-Length, a JSONL file with a broken line, files that vanish) mixed with good articles, "
                + "ingest it with the full pipeline and check that every good document is stored and every bad one "
                + "reported. Exit code 1 when anything was lost or unreported."})
public final class BenchHostileCommand implements Callable<Integer> {
    @Option(names = "--good", defaultValue = "1000", paramLabel = "N", description = "Good documents.")
    int good;

    @Option(names = "--bad", defaultValue = "1000", paramLabel = "N", description = "Hostile inputs.")
    int bad;

    @Option(names = "--huge-mb", defaultValue = "100", paramLabel = "MB",
            description = "The size of the one over-long JSONL line (default: ${DEFAULT-VALUE}).")
    int hugeMb;

    @Option(names = "--seed", defaultValue = "18", description = "The corpus's random seed.")
    long seed;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Analysis threads.")
    int threads;

    @Option(names = "--work", paramLabel = "DIR", description = "Corpus and store (default: a new temporary folder).")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (good < 1 || bad < 1 || hugeMb < 65 || threads < 1) {
            throw new ExitCodes.UsageException("--good, --bad and --threads must be at least 1, --huge-mb at least 65");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-hostile");
        long start = System.nanoTime();
        HostileIngest.Report r = HostileIngest.run(dir, good, bad, seed, hugeMb,
                ArticleAnalyzer.of(Pipelines.standard()), threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        IngestSummary s = r.summary();
        r.unreported().forEach(b -> System.out.println("unreported: " + b));
        r.unexpected().forEach(f -> System.out.println("unexpected failure: " + f));
        s.failures().stream().limit(40).forEach(f -> System.out.println("failed: " + f.input() + ": " + f.reason()));
        System.out.println("corpus and store: " + dir);
        System.out.println(new SummaryLine("hostile").put("good", r.goodDocs()).put("bad", r.badInputs())
                .put("stored", s.stored()).put("duplicates", s.duplicates()).put("failed", s.failed())
                .put("unreported", r.unreported().size()).put("lost", r.goodDocs() - s.stored())
                .put("unexpected", r.unexpected().size()).put("leaks", r.leaks())
                .put("entity_requests", r.entityRequests()).put("exit", r.exit()).rate("seconds", seconds));
        return r.clean() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
