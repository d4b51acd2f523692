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
import org.newsgraph.bench.events.EventsBench;
import org.newsgraph.bench.real.RealBench;
import org.newsgraph.error.InputIoException;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench events}: CAMEO event coding on the PETRARCH-2 validation sentences, or on the team's
 * real-text gold ({@code --dataset real}).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Event coding (CAMEO root code, source and target country) on the PETRARCH-2 validation "
                + "sentences (PETR2_GSR_validation.xml), with precision, recall, F1 and sentences per second; or, with "
                + "--dataset real, events (PLOVER type, source, target) on the team's gold for real Wikinews articles "
                + "(docs/annotation.md).")
public final class BenchEventsCommand implements Callable<Integer> {
    @Option(names = "--dataset", required = true,
            description = "The validation file (../shared/data/petrarch2/universalpetrarch/PETR2_GSR_validation.xml), "
                    + "or 'real' for the real-text gold.")
    Path dataset;

    @Mixin
    RealGoldOptions real;

    @Option(names = "--show-errors", description = "Print each sentence's missed and spurious events.")
    boolean showErrors;

    @Override
    public Integer call() throws Exception {
        if (dataset.toString().equals("real")) {
            RealBench.Options o = real.options();
            RealBench.events(new RealBench.Options(o.data(), o.split(), o.language(), o.showMisses() || showErrors),
                    Pipelines.standard(), System.out);
            return ExitCodes.OK;
        }
        if (!Files.isRegularFile(dataset)) {
            throw new InputIoException(dataset.toString(), "no such file");
        }
        EventsBench.run(new EventsBench.Options(dataset, showErrors), Pipelines.standard(), ActorRegistry.builtIn(),
                System.out);
        return ExitCodes.OK;
    }
}
