/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import org.newsgraph.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.ner.NerBench;
import org.newsgraph.error.InputIoException;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench ner}: GermEval 2014 outer-chunk F1 of the German entities. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "German NER on GermEval 2014 (outer chunks; PER, LOC, ORG, OTH), with tokens per second.")
public final class BenchNerCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true, description = "The GermEval 2014 folder (../shared/data/nlp/germeval2014).")
    Path dataset;

    @Option(names = "--split", defaultValue = "test", description = "test or dev (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--limit", defaultValue = "0", description = "Only the first N sentences (0: all).")
    int limit;

    @Option(names = "--baselines", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also score the CoreNLP CRF alone on gold tokens (default: on; --no-baselines skips it).")
    boolean baselines;

    @Option(names = "--show-errors", defaultValue = "0", paramLabel = "N",
            description = "Print the first N false negatives and false positives (for development).")
    int showErrors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) {
            throw new InputIoException(dataset.toString(), "no such dataset folder");
        }
        if (!"test".equals(split) && !"dev".equals(split)) {
            throw new ExitCodes.UsageException("--split must be test or dev, not '" + split + "'");
        }
        NerBench.run(new NerBench.Options(dataset, split, limit, baselines, showErrors), Pipelines.standard(), System.out);
        return ExitCodes.OK;
    }
}
