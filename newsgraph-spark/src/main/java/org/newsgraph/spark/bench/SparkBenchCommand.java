/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench spark}: the Spark job on one and two local cores against the embedded ingest. */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Run a dataset's first stories through the Spark job on local[1] and local[2] and through the "
                + "embedded ingest, in one process, and report articles per second, the speed-up and CPU time.")
public final class SparkBenchCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true, description = "The dataset folder under ../shared/data/news.")
    Path dataset;

    @Option(names = "--docs", defaultValue = "2000", description = "Stories (default: ${DEFAULT-VALUE}; 0: all).")
    int docs;

    @Option(names = "--warm-up", defaultValue = "20", paramLabel = "N",
            description = "Stories analysed before the clock starts (default: ${DEFAULT-VALUE}).")
    int warmUp;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) {
            System.err.println("newsgraph bench spark: " + dataset + ": no such dataset folder");
            return 4;
        }
        SparkBench.run(new SparkBench.Options(dataset, docs, warmUp), System.out);
        return 0;
    }
}
