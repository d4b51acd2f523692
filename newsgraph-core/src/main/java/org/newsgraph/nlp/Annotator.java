/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.Language;

/**
 * Splits an article's text into sentences and tokens and adds part-of-speech tags, lemmas and named-entity labels
 * (no dependency parse: see {@link DependencyParser}). Thread-safe; models load on first use of a language.
 */
public interface Annotator {
    AnnotatedText annotate(Article article, Language language);
}
