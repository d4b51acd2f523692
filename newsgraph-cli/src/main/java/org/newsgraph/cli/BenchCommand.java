/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench TASK}: evaluations on real data; the last line of output is the contract's summary line. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Evaluate quality and speed on benchmark data (../shared/data). The last line printed is a "
                + "summary of key=value pairs starting with bench=TASK.",
        subcommands = {BenchNerCommand.class, BenchExtractionCommand.class, BenchDatesCommand.class,
                BenchQuotesCommand.class, BenchSamplesCommand.class, BenchEventsCommand.class,
                BenchClaimsCommand.class, BenchAgreementCommand.class, BenchThroughputCommand.class,
                BenchParseCommand.class, BenchQueriesCommand.class, BenchApiCommand.class, BenchFuzzCommand.class,
                BenchHostileCommand.class, BenchCrashCommand.class, BenchWatchCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
