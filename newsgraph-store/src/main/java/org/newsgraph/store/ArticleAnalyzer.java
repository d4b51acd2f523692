/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;

/**
 * What the ingester needs of the pipeline: reading a document into an article (cheap, to learn its id) and analysing
 * the article (costly). Implementations are thread-safe; a bad document fails with a {@link BadInputException}.
 */
public interface ArticleAnalyzer {
    Article read(RawDocument doc, InputHints hints) throws BadInputException;

    Analysis analyze(Article article, String name, InputHints hints) throws BadInputException;

    /** The standard pipeline as an analyzer. */
    static ArticleAnalyzer of(Pipeline pipeline) {
        return new ArticleAnalyzer() {
            @Override
            public Article read(RawDocument doc, InputHints hints) throws BadInputException {
                return pipeline.read(doc, hints);
            }

            @Override
            public Analysis analyze(Article article, String name, InputHints hints) throws BadInputException {
                return pipeline.analyze(article, name, hints);
            }
        };
    }
}
