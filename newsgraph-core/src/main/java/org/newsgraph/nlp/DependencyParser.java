/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.util.Set;
import org.newsgraph.model.AnnotatedText;

/**
 * Adds basic dependency trees to selected sentences. Parsing is the most expensive step of the pipeline, so callers
 * parse only the sentences that can carry an event or a claim. Thread-safe.
 */
public interface DependencyParser {
    /** A copy of {@code text} in which the given sentences (by index) are parsed; parsed ones are kept. */
    AnnotatedText parse(AnnotatedText text, Set<Integer> sentences);
}
