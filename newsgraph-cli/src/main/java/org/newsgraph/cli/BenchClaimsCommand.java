/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.bench.real.RealBench;
import org.newsgraph.error.InputIoException;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph bench claims --dataset real}: claims and their speakers on the team's real-text gold. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Claims on the team's gold for real Wikinews articles (docs/annotation.md): found claims "
                + "(precision, recall, F1), and among them the share with the right speaker and linked to the right "
                + "actor.")
public final class BenchClaimsCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true, description = "'real' (the only dataset of this bench).")
    String dataset;

    @Mixin
    RealGoldOptions real;

    @Override
    public Integer call() throws Exception {
        if (!"real".equals(dataset)) {
            throw new InputIoException("--dataset " + dataset, "bench claims knows only --dataset real");
        }
        RealBench.claims(real.options(), Pipelines.standard(), System.out);
        return ExitCodes.OK;
    }
}
