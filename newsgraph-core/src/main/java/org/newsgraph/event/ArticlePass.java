/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;

/** A pass over the drafts of the whole article, in text order, after every sentence pass has run on every sentence. */
interface ArticlePass extends EventPass {
    /** The drafts after this pass, in text order. */
    List<Draft> apply(ArticleContext cx, List<Draft> drafts);
}
