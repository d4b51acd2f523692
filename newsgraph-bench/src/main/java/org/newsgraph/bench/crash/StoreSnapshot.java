/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.crash;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreSearch;

/**
 * What a store holds, as lines to compare: the complete JSONL export (every article, event, claim and cluster, in
 * id order), the store's counts, the number of index documents, and the hits of each query (article, sentence,
 * score).
 *
 * @param articles the article records in the export
 */
public record StoreSnapshot(List<String> lines, long articles, long events, long claims, long clusters) {
    public static StoreSnapshot of(Path dir, List<String> queries) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Store s = Store.openExisting(dir)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.export(s, ExportFormat.JSONL, null, out);
            lines.addAll(out.toString(StandardCharsets.UTF_8).lines().toList());
            lines.add("counts: " + s.counts());
            try (StoreSearch search = s.search()) {
                lines.add("index documents: " + search.documents());
                for (String q : queries) {
                    for (SearchHit h : search.search(SearchRequest.of(q), "[", "]")) {
                        lines.add(String.format(Locale.ROOT, "hit %s: %s %d %.4f", q, h.articleId(), h.sentence(),
                                h.score()));
                    }
                }
            }
        }
        return new StoreSnapshot(lines, count(lines, "\"record\":\"article\""), count(lines, "\"record\":\"event\""),
                count(lines, "\"record\":\"claim\""), count(lines, "\"record\":\"cluster\""));
    }

    private static long count(List<String> lines, String marker) {
        return lines.stream().filter(l -> l.contains(marker)).count();
    }

    /** The first line where the two differ, or "" when they are the same. */
    public String firstDifference(StoreSnapshot other) {
        for (int i = 0; i < Math.max(lines.size(), other.lines.size()); i++) {
            String a = i < lines.size() ? lines.get(i) : "(end)";
            String b = i < other.lines.size() ? other.lines.get(i) : "(end)";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ": " + a + " <> " + b;
            }
        }
        return "";
    }

    /** The number of hit lines. */
    public long hits() {
        return lines.stream().filter(l -> l.startsWith("hit ")).count();
    }
}
