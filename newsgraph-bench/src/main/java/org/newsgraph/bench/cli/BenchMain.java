/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import org.newsgraph.cli.Main;
import picocli.CommandLine;

/**
 * Entry point of the bench artifact: the application's command line with {@code bench} added, so that
 * {@code ./newsgraph bench TASK} behaves like every other command (the same exit codes and messages).
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the benches and returns the exit code (tests call this). */
    public static int run(String... args) {
        return Main.run(BenchMain::extend, args);
    }

    /** Adds {@code bench} to the application's command line. */
    static void extend(CommandLine cl) {
        cl.addSubcommand("bench", new BenchCommand());
    }
}
