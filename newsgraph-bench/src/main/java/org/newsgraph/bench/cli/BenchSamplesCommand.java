/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import org.newsgraph.cli.ExitCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.samples.SamplesBench;
import org.newsgraph.bench.samples.SamplesDir;
import org.newsgraph.error.InputIoException;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench samples}: links, events and claims against the team's gold for {@code samples/}. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Actor linking, events and claims on the project's own sample articles, against the team's gold "
                + "annotations (German and English).")
public final class BenchSamplesCommand implements Callable<Integer> {
    @Option(names = "--dataset", description = "The samples folder (default: samples/ of this repository).")
    Path dataset;

    @Option(names = "--show-misses", description = "Print every gold item that was not found.")
    boolean showMisses;

    @Override
    public Integer call() throws Exception {
        Path dir = dataset != null ? dataset : SamplesDir.find()
                .orElseThrow(() -> new InputIoException("samples", "no samples/ folder found; give --dataset"));
        SamplesBench.run(dir, Pipelines.standard(), System.out, showMisses);
        return ExitCodes.OK;
    }
}
