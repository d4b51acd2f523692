/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Event;
import org.newsgraph.model.Timex;
import org.newsgraph.nlp.DependencyTree;

/**
 * What the coder knows while it codes one sentence: the article, the sentence's tree, actors, times and claims, the
 * sentence's predicates by token, and the events of the article so far.
 */
record EventContext(AnnotatedText text, DependencyTree tree, ActorRefs refs, List<Timex> timexes, List<Claim> claims,
        LocalDate published, Map<Integer, Predicate> predicates, List<Event> earlier) {}
