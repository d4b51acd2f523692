/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.bench.DataDir;
import org.newsgraph.bench.real.RealBench;
import org.newsgraph.error.InputIoException;
import picocli.CommandLine.Option;

/** The options of the benches on the team's real-text gold ({@code --dataset real}): split, language, data folder. */
final class RealGoldOptions {
    @Option(names = "--split", defaultValue = "dev",
            description = "dev (tune on it), test (measure only) or all (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--lang", description = "Only the articles of one language: en or de.")
    String language;

    @Option(names = "--data", description = "The shared data folder (default: ../shared/data beside the checkout).")
    Path data;

    @Option(names = "--show-misses", description = "Print every missed gold item and every spurious prediction.")
    boolean showMisses;

    RealBench.Options options() throws InputIoException {
        if (!split.matches("dev|test|all")) {
            throw new InputIoException("--split " + split, "must be dev, test or all");
        }
        if (language != null && !language.matches("en|de")) {
            throw new InputIoException("--lang " + language, "must be en or de");
        }
        return new RealBench.Options(dataDir(data), split, language, showMisses);
    }

    static Path dataDir(Path given) throws InputIoException {
        if (given != null) {
            return given;
        }
        return DataDir.find().orElseThrow(() -> new InputIoException("../shared/data",
                "the shared data folder was not found beside the checkout; give --data"));
    }
}
