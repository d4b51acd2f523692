/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a document's predicted quotations in the dataset's own JSON shape (one file per document, named like the
 * dataset's), so that the dataset authors' evaluation script can score them as well.
 */
final class PredictionWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PredictionWriter() {}

    static void write(Path dir, QuoteDoc d, List<QuoteDoc.Quotation> sys) throws IOException {
        Files.createDirectories(dir);
        ObjectNode root = JSON.createObjectNode();
        root.put("documentName", d.title());
        ArrayNode annotations = root.putArray("annotations");
        for (QuoteDoc.Quotation q : sys) {
            ObjectNode a = annotations.addObject();
            a.put("type", q.form());
            a.put("medium", q.medium());
            role(a, "quote", q.quote());
            role(a, "speaker", q.speaker());
            role(a, "cue", q.cue());
            role(a, "addressee", q.addressee());
            role(a, "frame", q.frame());
        }
        JSON.writeValue(dir.resolve(d.name()).toFile(), root);
    }

    private static void role(ObjectNode a, String name, List<Integer> ids) {
        ArrayNode tokenIds = a.putObject(name).putArray("tokenIds");
        ids.forEach(tokenIds::add);
    }
}
