/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/**
 * The hand-over to the sink, deduplicated the way the store deduplicates: a document whose canonical URL (or any alias
 * it was reached by) or whose content hash was handed on before is counted as a duplicate and dropped. Memory is
 * bounded by {@link SourceSettings#seenGlobal()}. Thread-safe.
 */
final class Documents {
    private final DocumentSink sink;
    private final SourceStats stats;
    private final SeenSet urls;
    private final SeenSet hashes;

    Documents(DocumentSink sink, SourceStats stats, int capacity) {
        this.sink = sink;
        this.stats = stats;
        this.urls = new SeenSet(capacity);
        this.hashes = new SeenSet(capacity);
    }

    boolean seenUrl(String canonicalUrl) {
        return canonicalUrl != null && urls.contains(canonicalUrl);
    }

    /**
     * Hands the document on unless it is a duplicate.
     *
     * @param aliases other canonical URLs that led to it (the link before redirects); remembered as seen
     * @return true when handed on
     */
    boolean offer(RawDocument doc, InputHints hints, String... aliases) {
        String hash = contentHash(doc.bytes());
        synchronized (this) {
            boolean dupUrl = seenUrl(doc.url());
            boolean dupHash = hashes.contains(hash);
            if (doc.url() != null) {
                urls.add(doc.url());
            }
            for (String a : aliases) {
                if (a != null) {
                    urls.add(a);
                }
            }
            if (dupUrl || dupHash) {
                stats.duplicates.increment();
                return false;
            }
            hashes.add(hash);
        }
        try {
            sink.accept(doc, hints);
            stats.documents.increment();
            return true;
        } catch (RuntimeException e) {
            // the sink's contract forbids this; a collector must still go on with the other documents
            stats.fail(doc.name() + ": the store refused the document: " + e);
            return false;
        }
    }

    /** The first 128 bits of SHA-256 of the bytes, in hex: collisions are negligible, and the state file halves. */
    static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    List<String> urls() {
        return urls.toList();
    }

    List<String> hashes() {
        return hashes.toList();
    }

    void restore(List<String> seenUrls, List<String> seenHashes) {
        urls.addAll(seenUrls);
        hashes.addAll(seenHashes);
    }
}
