/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;

/** Analyses every sample article once, keyed by file name, for the event and claim evaluations. */
public final class SampleAnalyses {
    private SampleAnalyses() {}

    public static Map<String, Analysis> of(Path samples, Pipeline pipeline) throws IOException, BadInputException {
        Map<String, Analysis> out = new LinkedHashMap<>();
        try (var files = Files.list(samples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                RawDocument doc = RawDocument.ofFile(f.getFileName().toString(), Files.readAllBytes(f));
                out.put(f.getFileName().toString(), pipeline.analyze(doc, InputHints.NONE));
            }
        }
        return out;
    }
}
