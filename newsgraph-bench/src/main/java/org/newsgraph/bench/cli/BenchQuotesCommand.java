/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import org.newsgraph.cli.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.bench.quotes.QuoteTrainer;
import org.newsgraph.bench.quotes.QuotesBench;
import org.newsgraph.claim.tagger.ClaimModel;
import org.newsgraph.claim.tagger.TaggedClaimExtractor;
import org.newsgraph.error.InputIoException;
import org.newsgraph.pipeline.Pipeline;
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

    @Option(names = "--cache", description = "A folder (outside the repository) that keeps the pipeline's annotations "
            + "of each split between runs, for claim experiments and training; filled on first use.")
    Path cache;

    @Option(names = "--train-model", paramLabel = "FILE", description = "Train the German claim model on the train "
            + "split, write it to FILE (outside the repository: the Wikinews data is CC BY-NC-SA 4.0, a model from "
            + "--training-data carries the SpkAtt attribution, see docs/claims.md), then evaluate it on --split. The "
            + "pipeline uses such a file when NEWSGRAPH_CLAIMS_MODEL names it.")
    Path trainModel;

    @Option(names = "--training-data", paramLabel = "DIR", description = "With --train-model: train on the GermEval "
            + "2023 SpkAtt speeches in DIR (../shared/data/nlp/spkatt-2023, train, dev and trial; annotations CC BY-SA "
            + "4.0) instead of the Wikinews train split; the model is still evaluated on --split of --dataset.")
    Path trainingData;

    @Option(names = "--model", paramLabel = "FILE", description = "Evaluate this claim model instead of the "
            + "configured one (by default the rules alone).")
    Path model;

    @Option(names = "--quote-bias", description = "With --train-model or --model: the quotation bias to store in "
            + "or use with the model (higher: more recall, less precision).")
    Double quoteBias;

    @Option(names = "--epochs", defaultValue = "10", description = "Training epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "20240508", description = "Training seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--predictions", description = "A folder to write the predictions to, one JSON file per document "
            + "in the dataset's format (for the dataset authors' evaluation script).")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) {
            throw new InputIoException(dataset.toString(), "no such dataset folder");
        }
        if (!split.matches("train|dev|test")) {
            throw new ExitCodes.UsageException("--split must be train, dev or test, not '" + split + "'");
        }
        Pipeline pipeline = Pipelines.standard();
        QuotesBench.Options options = new QuotesBench.Options(dataset, split, limit, showErrors ? 1 : 0, cache,
                predictions);
        if (trainModel == null && model == null) {
            QuotesBench.run(options, pipeline, System.out);
            return ExitCodes.OK;
        }
        if (model != null) {
            ClaimModel m;
            try (InputStream in = Files.newInputStream(model)) {
                m = ClaimModel.read(in);
            } catch (IOException e) {
                throw new InputIoException(model.toString(), "cannot read the claim model: " + e.getMessage());
            }
            if (quoteBias != null) {
                m = m.withQuoteBias(quoteBias);
            }
            QuotesBench.run(options, pipeline, new TaggedClaimExtractor(Optional.of(m)), System.out);
            return ExitCodes.OK;
        }
        ClaimModel model = QuoteTrainer.train(new QuoteTrainer.Options(dataset, trainingData, cache, epochs, seed), pipeline,
                System.out).withQuoteBias(quoteBias == null ? 0 : quoteBias);
        QuoteTrainer.write(model, trainModel);
        System.out.println("model written to " + trainModel);
        QuotesBench.run(options, pipeline, new TaggedClaimExtractor(Optional.of(model)), System.out);
        return ExitCodes.OK;
    }
}
