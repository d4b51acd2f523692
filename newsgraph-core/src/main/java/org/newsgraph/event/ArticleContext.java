/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Timex;

/** What an {@link ArticlePass} knows: the article, its actor mentions, date expressions and claims. */
record ArticleContext(AnnotatedText text, ActorRefs refs, List<Timex> timexes, List<Claim> claims) {}
