/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.DataDir;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.bench.crash.CrashBench;
import org.newsgraph.bench.throughput.DatasetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "crash", mixinStandardHelpOptions = true,
        description = {"Ingest the first N articles of a dataset twice with newsgraph ingest child processes: once "
                + "uninterrupted, once killed with SIGKILL K times at random points and restarted, and compare the "
                + "two stores (articles, events, claims, clusters, counts, index size, search hits). Exit code 1 "
                + "when they differ."})
public final class BenchCrashCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "DIR", description = "A throughput dataset (default: Reuters-21578 in "
            + "../shared/data/news/en-reuters21578-xml).")
    Path dataset;

    @Option(names = "--docs", defaultValue = "2000", paramLabel = "N", description = "Articles (default: "
            + "${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--kills", defaultValue = "5", paramLabel = "K", description = "SIGKILLs (default: "
            + "${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--seed", defaultValue = "18", description = "Where the kills fall.")
    long seed;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Analysis threads per ingest.")
    int threads;

    @Option(names = "--heap", defaultValue = "3g", description = "Each ingest's heap (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--work", paramLabel = "DIR", description = "Corpus and stores (default: a new temporary folder).")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (docs < 1 || kills < 0 || threads < 1) {
            throw new ExitCodes.UsageException("--docs and --threads must be at least 1, --kills at least 0");
        }
        Path data = dataset != null ? dataset : DataDir.dataset("news/en-reuters21578-xml").orElseThrow(
                () -> new ExitCodes.UsageException("no --dataset, and ../shared/data/news/en-reuters21578-xml is "
                        + "absent"));
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-crash");
        Path corpus = dir.resolve("corpus.jsonl");
        int n = DatasetFiles.writeJsonl(data, docs, corpus);
        List<String> ingest = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseG1GC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--threads", Integer.toString(threads), "--lang", "en");
        CrashBench.Result r = CrashBench.run(new CrashBench.Options(ingest, corpus, n, kills, seed, dir,
                List.of("oil", "bank", "trade", "wheat", "dollar", "government")), System.out);
        if (!r.identical()) {
            System.out.println("first difference: " + r.difference());
        }
        System.out.println("stores: " + dir);
        System.out.println(new SummaryLine("crash").put("docs", r.docs()).put("kills", r.killedAt().size())
                .put("restarts", r.restarts()).put("articles", r.whole().articles()).put("events", r.whole().events())
                .put("claims", r.whole().claims()).put("clusters", r.whole().clusters())
                .put("search_hits", r.whole().hits()).put("identical", Boolean.toString(r.identical()))
                .put("killed_at", r.killedAt().toString().replace(" ", "")).rate("whole_s", r.wholeSeconds())
                .rate("crashed_s", r.crashedSeconds()));
        return r.identical() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
