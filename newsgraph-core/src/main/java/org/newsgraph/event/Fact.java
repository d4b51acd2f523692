/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

/**
 * What a pass adds to the drafts and what a later pass may require of them ({@link EventPass#requires()}), like the
 * annotation keys of CoreNLP's {@code Annotator.requirementsSatisfied()}. A new pass that adds something other passes
 * will rely on adds a constant here.
 */
enum Fact {
    /** A draft for each predicate occurrence that can state an event of its own. */
    PREDICATES,
    /** Candidate heads of the source phrase, best first, each with the rule that proposed it. */
    SOURCE_HEADS,
    /** Candidate heads of the target phrase, best first, after the parse repairs that swap or split arguments. */
    TARGET_HEADS,
    /** Guest nouns have become one visit per guest, with source, target and place settled. */
    GUESTS,
    /** A counted plural subject ("the three governments") has become one draft per party. */
    GROUPS,
    /** The source actor (and the mention it came from). */
    SOURCES,
    /** The target actor found in the sentence's own phrases, and co-agents of joint acts. */
    TARGETS,
    /** Targets taken from earlier events of the article (the doer of a condemned act, the last attacker). */
    CONTEXT_TARGETS,
    /** The event's place, and the country of a place as target. */
    PLACES,
    /** Parties of a reciprocal act aimed at each other. */
    RECIPROCAL_TARGETS,
    /** Only drafts with a target remain, unless their predicate stands alone. */
    COMPLETE,
    /** Coordinated sources and targets have their own drafts: the set of drafts is final. */
    CONJUNCTS,
    /** The date expression that dates each draft. */
    TIMEXES,
    /** The claim a draft stands in, its certainty and attribution. */
    CLAIMS,
    /** The type and code a draft is finally coded with (a state's protest is a complaint). */
    CODED_TYPES,
    /** Modality, whether the source declares the act, and the CAMEO code that follows. */
    MOODS,
    /** The {@link org.newsgraph.model.Event} of each draft. */
    EVENTS,
    /** Who takes part in an act does it. */
    PARTICIPANTS,
    /** Nominal predicates that name a coded verb's act again are gone. */
    NOMINALS,
    /** One event per sentence, type and pair of actors. */
    DISTINCT,
    /** Rejections aimed at the accusation or statement they answer. */
    REJECTION_TARGETS,
    /** One report per event and article. */
    MERGED,
    /** Each event's method names the rules that made it. */
    METHODS,
    /** Events numbered e1, e2, … in text order. */
    IDS
}
