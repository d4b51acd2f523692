/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code newsgraph} command; its subcommands do the work. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Who did what to whom, when and where, who says so and how sure: news analysis for German and "
                + "English.",
        subcommands = {DemoCommand.class, AnalyzeCommand.class, IngestCommand.class, WatchCommand.class,
            FeedsCommand.class, ServeCommand.class, SearchCommand.class, ExportCommand.class, ActorsCommand.class},
        footer = {"", "Evaluations and speed measurements: newsgraph bench TASK (the bench artifact, which the "
                + "./newsgraph launcher runs; see README)."})
public final class NewsgraphCommand implements Runnable {
    @Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and library logs.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
