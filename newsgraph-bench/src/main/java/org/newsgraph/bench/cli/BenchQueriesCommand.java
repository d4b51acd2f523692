/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import org.newsgraph.cli.ExitCodes;
import java.util.concurrent.Callable;
import org.newsgraph.bench.throughput.QueryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph bench queries}: latency of actor, dyad and search queries on a filled store. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "Time actor timelines, top partners, dyad relations and filtered searches on a store "
                + "(p50, p95, max in milliseconds).")
public final class BenchQueriesCommand implements Callable<Integer> {
    @Mixin
    QuestionOptions questions;

    @Override
    public Integer call() throws Exception {
        if (!questions.valid()) {
            throw new ExitCodes.UsageException("--actors and --repeat must be at least 1");
        }
        QueryBench.run(new QueryBench.Options(questions.store, questions.actors, questions.repeat), System.out);
        return ExitCodes.OK;
    }
}
