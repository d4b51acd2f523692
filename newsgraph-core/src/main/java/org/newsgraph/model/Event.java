/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * One report of an event in one article: who did what to whom, when and where, who says so and how sure.
 *
 * @param id          id within the article ("e1")
 * @param type        PLOVER event type
 * @param cameo       CAMEO event code ("042")
 * @param label       short human-readable label of the predicate ("travel to / visit")
 * @param source      who acts
 * @param target      who is acted upon, or {@code null}
 * @param location    where, or {@code null}
 * @param time        when
 * @param modality    occurred, planned, hypothetical or negated
 * @param certainty   how sure the text is
 * @param attribution who says so, or {@code null} for the author's own assertion
 * @param evidence    the sentence it came from
 * @param confidence  0..1
 * @param method      what produced it (lexicon entry and argument rule)
 */
public record Event(
        String id,
        PloverType type,
        String cameo,
        String label,
        Argument source,
        Argument target,
        Argument location,
        EventTime time,
        Modality modality,
        Certainty certainty,
        Attribution attribution,
        Evidence evidence,
        double confidence,
        String method) {

    /** A copy with another id. */
    public Event withId(String newId) {
        return new Event(newId, type, cameo, label, source, target, location, time, modality, certainty, attribution,
                evidence, confidence, method);
    }

    /** A copy with another source. */
    public Event withSource(Argument newSource) {
        return new Event(id, type, cameo, label, newSource, target, location, time, modality, certainty, attribution,
                evidence, confidence, method);
    }

    /** A copy with another target. */
    public Event withTarget(Argument newTarget) {
        return new Event(id, type, cameo, label, source, newTarget, location, time, modality, certainty, attribution,
                evidence, confidence, method);
    }
}
