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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.extraction.ExtractionBench;
import org.newsgraph.error.InputIoException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench extraction}: main-text extraction quality and speed on a web-page benchmark. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Article extraction from web pages, scored with the dataset's own metric (scrapinghub-aeb: "
                + "4-gram shingle F1; trafilatura-eval: snippet F1; fundus-eval: ROUGE-LSum F1), single-threaded "
                + "docs per second after warm-up.")
public final class BenchExtractionCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true,
            description = "A folder under ../shared/data/extraction (scrapinghub-aeb, trafilatura-eval, fundus-eval).")
    Path dataset;

    @Option(names = "--compare", split = ",", paramLabel = "NAME",
            description = "Peers to run on the same pages: boilerpipe, readability4j.")
    List<String> compare = new ArrayList<>();

    @Option(names = "--worst", defaultValue = "0", description = "List the N pages with the lowest F1.")
    int worst;

    @Option(names = "--limit", defaultValue = "0", description = "Only the first N pages (0: all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) {
            throw new InputIoException(dataset.toString(), "no such dataset folder");
        }
        for (String c : compare) {
            try {
                ExtractionBench.peer(c);
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
        }
        ExtractionBench.run(new ExtractionBench.Options(dataset, compare, worst, limit), System.out);
        return ExitCodes.OK;
    }
}
