/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawDocument;

/**
 * Turns one raw document into one article. Implementations are stateless and thread-safe; an empty, binary or
 * malformed document fails with a {@link BadInputException} naming the document.
 */
public interface ArticleReader {
    Article read(RawDocument doc) throws BadInputException;
}
