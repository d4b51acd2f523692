/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;

/**
 * A pass over the drafts of one sentence. The context holds the sentence's tree, predicates and date expressions and
 * the article's events of the sentences before; the first pass gets an empty list.
 */
interface SentencePass extends EventPass {
    /** The drafts after this pass, in text order (those of one predicate together, in the order they were made). */
    List<Draft> apply(EventContext cx, List<Draft> drafts);
}
