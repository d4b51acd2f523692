/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.throughput.QueryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench queries}: latency of actor, dyad and search queries on a filled store. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "Time actor timelines, top partners, dyad relations and filtered searches on a store "
                + "(p50, p95, max in milliseconds).")
public final class BenchQueriesCommand implements Callable<Integer> {
    @Option(names = "--store", defaultValue = "data", paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--actors", defaultValue = "20", paramLabel = "N",
            description = "Ask about the N most mentioned actors and N most co-mentioned pairs (default: "
                    + "${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--repeat", defaultValue = "5", paramLabel = "N",
            description = "Timed passes over all questions (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        if (actors < 1 || repeat < 1) {
            throw new ExitCodes.UsageException("--actors and --repeat must be at least 1");
        }
        QueryBench.run(new QueryBench.Options(store, actors, repeat), System.out);
        return ExitCodes.OK;
    }
}
