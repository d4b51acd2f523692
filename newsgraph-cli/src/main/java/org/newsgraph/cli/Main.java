/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.util.function.Consumer;
import picocli.CommandLine;

/** Entry point of the application jar. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return run(cl -> { }, args);
    }

    /**
     * Runs the CLI with commands another artifact adds ({@code bench}, from the bench artifact), with the same exit
     * codes and messages.
     */
    public static int run(Consumer<CommandLine> extend, String... args) {
        Logging.quiet(java.util.Arrays.asList(args).contains("--debug"));
        CommandLine cl = new CommandLine(new NewsgraphCommand());
        extend.accept(cl);
        cl.setExecutionExceptionHandler(new ExitCodes.Handler());
        cl.setParameterExceptionHandler(new ExitCodes.UsageHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("newsgraph: out of memory; give the JVM more heap (NEWSGRAPH_HEAP=6g ./newsgraph ...)");
            return ExitCodes.FAILURE;
        } catch (Error e) {
            // picocli hands only exceptions to the handler; an error is a bug: one line, the trace with --debug
            System.err.println("newsgraph: internal error: " + ExitCodes.message(e));
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace();
            }
            return ExitCodes.FAILURE;
        }
    }
}
