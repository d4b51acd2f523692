/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.newsgraph.json.AnalysisJson;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph analyze}: one document in, one {@code newsgraph.analysis/1} JSON document out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse one document (.txt, .json, .html, or - for standard input) and print the analysis as "
                + "JSON (schema newsgraph.analysis/1).")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "The document, or - to read standard input.")
    String path;

    @Option(names = "--lang", defaultValue = "auto", description = "de, en or auto (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication day; relative dates are resolved against it.")
    LocalDate published;

    @Option(names = "--url", description = "The article's URL.")
    String url;

    @Option(names = "--outlet", description = "The outlet's name.")
    String outlet;

    @Option(names = "--compact", description = "One line of JSON instead of indented output.")
    boolean compact;

    @Override
    public Integer call() throws Exception {
        if (!"auto".equalsIgnoreCase(lang) && !"de".equalsIgnoreCase(lang) && !"en".equalsIgnoreCase(lang)) {
            throw new ExitCodes.UsageException("--lang must be de, en or auto, not '" + lang + "'");
        }
        RawDocument doc = Inputs.read(path);
        Pipeline pipeline = Pipelines.standard();
        Status.say("Analysing " + doc.name() + " (the first run of a language loads its models, 10-20 s) ...");
        Analysis analysis = pipeline.analyze(doc, new InputHints(url, outlet, published, lang));
        Status.clear();
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        AnalysisJson.write(analysis, out, !compact);
        out.write(System.lineSeparator());
        out.flush();
        return ExitCodes.OK;
    }
}
