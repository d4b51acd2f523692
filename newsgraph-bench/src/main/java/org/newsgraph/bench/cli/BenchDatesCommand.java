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
import org.newsgraph.bench.extraction.DatesBench;
import org.newsgraph.error.InputIoException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench dates}: publication-day accuracy on the htmldate benchmark. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Publication day of web pages (htmldate-eval): accuracy = pages with the gold day / all pages.")
public final class BenchDatesCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true, description = "The htmldate-eval folder (../shared/data/extraction/htmldate-eval).")
    Path dataset;

    @Option(names = "--worst", defaultValue = "0", description = "List the first N pages whose day is wrong or missing.")
    int worst;

    @Option(names = "--limit", defaultValue = "0", description = "Only the first N pages (0: all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) {
            throw new InputIoException(dataset.toString(), "no such dataset folder");
        }
        DatesBench.run(new DatesBench.Options(dataset, worst, limit), System.out);
        return ExitCodes.OK;
    }
}
