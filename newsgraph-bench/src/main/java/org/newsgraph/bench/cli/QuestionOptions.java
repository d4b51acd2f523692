/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options the latency benches share: which store, how many actors and pairs to ask about, how often. */
final class QuestionOptions {
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

    /** True when both counts are at least 1. */
    boolean valid() {
        return actors >= 1 && repeat >= 1;
    }
}
