/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Timex;

/**
 * Codes the events an article states: who did what to whom, when, where, how sure and on whose word. Thread-safe.
 * Works on parsed sentences; it names the sentences worth parsing (a predicate from its lexicon and an actor).
 */
public interface EventCoder {
    /** Sentences that can carry an event and should be dependency-parsed before {@link #code}. */
    Set<Integer> sentencesToParse(AnnotatedText text, List<Entity> entities);

    /** The events of the article, in text order, with ids "e1", "e2", .... */
    List<Event> code(AnnotatedText text, List<Entity> entities, List<Timex> timexes, List<Claim> claims);
}
