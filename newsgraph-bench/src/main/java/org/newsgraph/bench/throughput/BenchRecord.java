/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/** A dataset story as an article record (the JSON the ingester reads), so the bench feeds the real ingest path. */
public record BenchRecord(String name, String url, String outlet, LocalDate published, String language, String title,
        List<String> body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The dataset's language as a hint: the datasets are single-language, so the bench does not guess. */
    public InputHints hints() {
        return new InputHints(null, null, null, language);
    }

    public RawDocument toDocument() {
        ObjectNode o = JSON.createObjectNode();
        o.put("url", url);
        o.put("outlet", outlet);
        o.put("published", published == null ? null : published.toString());
        o.put("language", language);
        o.put("title", title);
        o.putPOJO("body", body);
        try {
            return new RawDocument(name, JSON.writeValueAsBytes(o), url, "application/json", null, Map.of(), "file");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an article record is always serialisable", e);
        }
    }
}
