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
import org.newsgraph.bench.throughput.ParseBench;
import org.newsgraph.error.InputIoException;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench parse}: Newsgraph's scorer against CoreNLP's parser on the same sentences, same run. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse the sentences the pipeline selects in a dataset's stories (10kGNAD test split, English "
                + "Wikinews) with Newsgraph's scorer over CoreNLP's parser model and with CoreNLP's parser itself; "
                + "report identical trees and the CPU time per sentence of each.")
public final class BenchParseCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true, description = "The dataset folder under ../shared/data/news.")
    Path dataset;

    @Option(names = "--sentences", defaultValue = "1000", paramLabel = "N",
            description = "Sentences to parse (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) {
            throw new InputIoException(dataset.toString(), "no such dataset folder");
        }
        if (sentences < 1) {
            throw new ExitCodes.UsageException("--sentences must be at least 1");
        }
        ParseBench.run(new ParseBench.Options(dataset, sentences), Pipelines.standard(), System.out);
        return ExitCodes.OK;
    }
}
