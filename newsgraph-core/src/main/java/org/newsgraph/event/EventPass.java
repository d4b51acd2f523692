/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Set;

/**
 * One named step of event coding, a small rule set over immutable {@link Draft}s: it takes the drafts so far and
 * returns new ones, never changing a draft or anything shared, so every pass is thread-safe. Each pass says what the
 * drafts must carry for it ({@link #requires()}) and what it adds ({@link #adds()}), like CoreNLP's
 * {@code Annotator.requires()} and {@code requirementsSatisfied()}; {@link EventPasses} checks once, when the coder is
 * assembled, that some earlier pass adds everything a pass requires. A pass works on one sentence at a time
 * ({@link SentencePass}) or on the drafts of the whole article after every sentence pass ({@link ArticlePass}).
 */
interface EventPass {
    /** The pass's name: short, lower case, as docs/events.md lists it ("sources", "merge"). */
    String name();

    /** What earlier passes must have added before this one runs. */
    Set<Fact> requires();

    /** What this pass adds. */
    Set<Fact> adds();
}
