/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/**
 * Where collected documents go: the store's ingester, or a test's recorder. {@code accept} may block while the sink
 * is saturated (back-pressure) and must not throw for a bad document: the sink records the failure itself.
 */
public interface DocumentSink {
    /**
     * Hands over one raw document with what its source knows about it (URL, outlet, feed date, language).
     *
     * @param doc   the document as fetched or read
     * @param hints values from the source (for example the feed item's date); {@link InputHints#NONE} when none
     */
    void accept(RawDocument doc, InputHints hints);
}
