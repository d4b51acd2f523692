/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.quotes.QuotesBench;
import org.newsgraph.error.InputIoException;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench quotes}: quotation attribution on the German Wikinews dataset. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quotation attribution (quote, speaker and cue spans) on the German Wikinews dataset, scored as "
                + "its authors do (optimal one-to-one alignment, token-level macro F1).")
public final class BenchQuotesCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true,
            description = "The dataset folder (../shared/data/news/de-wikinews-quotation-attribution).")
    Path dataset;

    @Option(names = "--split", defaultValue = "test", description = "train, dev or test (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--limit", defaultValue = "0", description = "Only the first N documents (0: all).")
    int limit;

    @Option(names = "--show-errors", description = "Print each document's missed and spurious quotations.")
    boolean showErrors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) {
            throw new InputIoException(dataset.toString(), "no such dataset folder");
        }
        if (!split.matches("train|dev|test")) {
            throw new ExitCodes.UsageException("--split must be train, dev or test, not '" + split + "'");
        }
        QuotesBench.run(new QuotesBench.Options(dataset, split, limit, showErrors ? 1 : 0), Pipelines.standard(), System.out);
        return ExitCodes.OK;
    }
}
