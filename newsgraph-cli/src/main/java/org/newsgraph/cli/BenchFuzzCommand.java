/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.bench.fuzz.FuzzBench;
import org.newsgraph.bench.fuzz.FuzzTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Fuzz a parser of outside data with Jazzer (coverage-guided, in a child JVM with a capped "
                + "heap), seeded from the real pages in ../shared/data/extraction and the project's own fixtures. "
                + "Only the project's typed errors may escape a parser: anything else is a crash; an input that "
                + "takes more than --hang-ms of CPU (instrumented) is a hang. Findings are saved under --work.",
            "Targets: html, text, json, jsonl, feed, feedlist, sitemap, robots, warc, or all. Exit code 1 when "
                + "anything was found."})
public final class BenchFuzzCommand implements Callable<Integer> {
    @Option(names = "--target", defaultValue = "all", paramLabel = "NAME",
            description = "The parser to fuzz, or all (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--runs", defaultValue = "100000", paramLabel = "N",
            description = "Executions per target, seeds included (default: ${DEFAULT-VALUE}).")
    long runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "libFuzzer's random seed.")
    long seed;

    @Option(names = "--max-len", defaultValue = "8192", paramLabel = "BYTES",
            description = "The longest input; seeds are cut to it (default: ${DEFAULT-VALUE}).")
    int maxLen;

    @Option(names = "--max-seeds", defaultValue = "300", paramLabel = "N",
            description = "Real pages taken as seeds per target (default: ${DEFAULT-VALUE}).")
    int maxSeeds;

    @Option(names = "--work", paramLabel = "DIR", description = "Corpus, seeds, findings and logs (default: a new "
            + "temporary folder).")
    Path work;

    @Option(names = "--heap", defaultValue = "768m", description = "The child JVM's heap (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--hang-ms", defaultValue = "10000", paramLabel = "MS",
            description = "CPU time per input above which it is a hang (default: ${DEFAULT-VALUE}).")
    long hangMs;

    @Option(names = "--max-seconds", defaultValue = "0", paramLabel = "S",
            description = "Stop a target's run after S seconds even before --runs (default: no limit).")
    long maxSeconds;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || maxLen < 64 || maxSeeds < 0 || hangMs < 1) {
            throw new ExitCodes.UsageException("--runs and --hang-ms must be at least 1, --max-len at least 64");
        }
        List<FuzzTarget> targets = new ArrayList<>();
        try {
            if (target.equalsIgnoreCase("all")) {
                targets.addAll(List.of(FuzzTarget.values()));
            } else {
                for (String t : target.split(",")) {
                    targets.add(FuzzTarget.of(t));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException(e.getMessage());
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-fuzz");
        long runsSum = 0;
        long crashes = 0;
        long hangs = 0;
        long typed = 0;
        boolean clean = true;
        for (FuzzTarget t : targets) {
            FuzzBench.Result r = FuzzBench.run(new FuzzBench.Options(t, runs, seed, maxLen, maxSeeds, dir, heap, hangMs,
                    60, maxSeconds), System.out);
            System.out.println(line(t.id(), r.runs(), r.crashes(), r.hangs(), r.typedErrors())
                    .put("seeds", r.seeds()).put("heap_peak_mb", r.heapPeakMb()).put("slowest_ms", r.slowestMs()).rate("seconds", r.seconds())
                    .rate("execs_per_s", r.runs() / Math.max(r.seconds(), 1e-9)));
            runsSum += r.runs();
            crashes += r.crashes();
            hangs += r.hangs();
            typed += r.typedErrors();
            clean &= r.clean();
        }
        System.out.println("findings and logs: " + dir);
        if (targets.size() > 1) {
            System.out.println(line("all", runsSum, crashes, hangs, typed).put("targets", targets.size()));
        }
        return clean ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static SummaryLine line(String target, long runs, long crashes, long hangs, long typed) {
        return new SummaryLine("fuzz").put("target", target).put("runs", runs).put("crashes", crashes)
                .put("hangs", hangs).put("typed_errors", typed);
    }
}
