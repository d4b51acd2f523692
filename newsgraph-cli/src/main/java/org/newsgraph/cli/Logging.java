/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * Library logging for a command-line tool: warnings and errors only, unless {@code --debug}. Must run before any
 * library class initialises its logger.
 */
final class Logging {
    private Logging() {}

    private static final java.util.concurrent.atomic.AtomicBoolean CONFIGURED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Configures logging once per process (re-applying Redwood's configuration would reset System.err). */
    static void quiet(boolean debug) {
        if (!CONFIGURED.compareAndSet(false, true)) {
            return;
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // CoreNLP's own logger goes through SLF4J, whose level is set above (its presets capture System.err).
        RedwoodConfiguration.slf4j().apply();
    }
}
