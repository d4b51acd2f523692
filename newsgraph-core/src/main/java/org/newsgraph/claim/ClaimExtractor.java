/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;

/**
 * Finds attributed statements (who says what, how sure) in an annotated article. Thread-safe. Parsing is expensive,
 * so the extractor first names the sentences it wants parsed; it works on unparsed sentences too, with less precise
 * speaker spans.
 */
public interface ClaimExtractor {
    /** Sentences that may carry a claim and should be dependency-parsed before {@link #extract}. */
    Set<Integer> sentencesToParse(AnnotatedText text);

    /** The claims of the article, in text order, with ids "c1", "c2", .... */
    List<Claim> extract(AnnotatedText text, List<Entity> entities);
}
