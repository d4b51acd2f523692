/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import org.newsgraph.model.PloverType;

/**
 * One event report as clustering sees it: which article and outlet it came from, what kind of event, between whom,
 * and when.
 *
 * @param eventId          the report's store id ({@code ARTICLE:e1})
 * @param articleId        the article's id
 * @param outlet           the outlet, or {@code null}
 * @param language         the article's language
 * @param syndicationGroup the article's near-duplicate group ({@link NearDuplicates})
 * @param type             PLOVER type: the type family that must agree
 * @param cameo            CAMEO code, or {@code null}
 * @param source           the acting side, or {@code null}
 * @param target           the side acted upon, or {@code null}
 * @param time             when it happened, or {@code null} when undated
 * @param negated          whether the report says it did not happen
 */
public record Report(String eventId, String articleId, String outlet, String language, String syndicationGroup,
        PloverType type, String cameo, ActorRef source, ActorRef target, TimeSpan time, boolean negated) {}
