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
import org.newsgraph.bench.throughput.ThroughputBench;
import org.newsgraph.error.InputIoException;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench throughput}: a dataset through the full pipeline into a store, with articles per second. */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Ingest a dataset (10kGNAD test split, English Wikinews, Reuters-21578 XML) through the full "
                + "pipeline into a store and report articles and tokens per second, threads and heap.")
public final class BenchThroughputCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true, description = "The dataset folder under ../shared/data/news.")
    Path dataset;

    @Option(names = "--limit", defaultValue = "0", description = "Only the first N stories (0: all).")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the store in this folder (default: a temporary folder, deleted afterwards).")
    Path store;

    @Option(names = "--profile", defaultValue = "20", paramLabel = "N",
            description = "Stories timed stage by stage before the run (default: ${DEFAULT-VALUE}).")
    int profile;

    @Option(names = "--warmup", defaultValue = "100", paramLabel = "N",
            description = "Stories analysed to warm the JIT compiler up before anything is timed "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) {
            throw new InputIoException(dataset.toString(), "no such dataset folder");
        }
        if (warmup < 0) {
            throw new ExitCodes.UsageException("--warmup must not be negative");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ExitCodes.UsageException("--threads must be at least 1");
        }
        ThroughputBench.run(new ThroughputBench.Options(dataset, limit, n, store, profile, warmup),
                Pipelines.standard(), System.out);
        return ExitCodes.OK;
    }
}
