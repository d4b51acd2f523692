/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.real.Agreement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench agreement}: agreement between the two annotations of the real-text gold. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Inter-annotator agreement on the articles both annotators of the real-text gold annotated "
                + "(docs/annotation.md): the second annotation scored against the first with the events and claims "
                + "benches' matching.")
public final class BenchAgreementCommand implements Callable<Integer> {
    @Option(names = "--data", description = "The shared data folder (default: ../shared/data beside the checkout).")
    Path data;

    @Option(names = "--show-misses", description = "Print each disagreement.")
    boolean showMisses;

    @Override
    public Integer call() throws Exception {
        Agreement.run(RealGoldOptions.dataDir(data), System.out, showMisses);
        return ExitCodes.OK;
    }
}
