/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/**
 * A sink that records what it is handed and deduplicates the way the store will: by canonical URL, else by content
 * hash. "Stored" in the tests means {@link #stored()}.
 */
final class RecordingSink implements DocumentSink {
    record Handed(RawDocument doc, InputHints hints) {}

    private final List<Handed> handed = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private int repeats;

    @Override
    public synchronized void accept(RawDocument doc, InputHints hints) {
        handed.add(new Handed(doc, hints));
        String key = doc.url() != null ? "url:" + doc.url() : "hash:" + Documents.contentHash(doc.bytes());
        if (!keys.add(key)) {
            repeats++;
        }
    }

    /** Unique documents, as the store would keep them. */
    synchronized int stored() {
        return keys.size();
    }

    /** Documents handed on although the store already had them. */
    synchronized int repeats() {
        return repeats;
    }

    synchronized List<Handed> handed() {
        return new ArrayList<>(handed);
    }

    synchronized Handed byUrl(String canonicalUrl) {
        return handed.stream().filter(h -> canonicalUrl.equals(h.doc().url())).findFirst().orElse(null);
    }
}
