/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes: 2 bad usage, 3 bad input, 4 I/O, 1 anything else. Messages are one
 * line on standard error; {@code --debug} adds the stack trace.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int IO = 4;

    private ExitCodes() {}

    /** Maps exceptions thrown by commands. */
    static final class Handler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
            boolean debug = parsed.hasMatchedOption("--debug") || debugIn(parsed);
            PrintWriter err = cl.getErr();
            int code = code(ex);
            err.println("newsgraph: " + message(ex));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        }

        private static boolean debugIn(ParseResult parsed) {
            for (ParseResult p = parsed; p != null; p = p.subcommand()) {
                if (p.hasMatchedOption("--debug")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Bad options: the message and a pointer to help, exit code 2. */
    static final class UsageHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsgraph: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return USAGE;
        }
    }

    static int code(Throwable ex) {
        if (ex instanceof BadInputException) {
            return BAD_INPUT;
        }
        if (ex instanceof InputIoException || ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
            return IO;
        }
        if (ex instanceof UsageException) {
            return USAGE;
        }
        return FAILURE;
    }

    static String message(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return m.replace('\n', ' ');
    }

    /** A usage error found after parsing (conflicting or missing values). */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }
}
