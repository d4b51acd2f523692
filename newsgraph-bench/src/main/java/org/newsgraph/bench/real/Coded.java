/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.PloverType;
import org.newsgraph.model.Sentence;

/**
 * An event as the scorer compares it, whoever coded it: the pipeline ({@link #of(String, Event, AnnotatedText)}) or a
 * second annotator ({@link Agreement}). The sentence is a character span of the article text the gold evidence is
 * looked up in; {@code time} is a TIMEX3 value taken from the text, or null when the event carries none of its own
 * (the publication date or nothing).
 */
record Coded(String article, String id, int sentenceStart, int sentenceEnd, PloverType type, String cameo,
        ActorRef source, ActorRef target, String modality, String certainty, ActorRef attribution, String time,
        String evidence) {

    static Coded of(String article, Event e, AnnotatedText text) {
        Sentence s = text.sentences().get(e.evidence().sentence());
        String time = e.time() != null && e.time().method() == EventTime.Method.TIMEX ? e.time().value() : null;
        ActorRef attribution = e.attribution() == null ? ActorRef.NONE
                : ActorRef.of(e.attribution().entity() != null ? e.attribution().entity() : e.attribution().text());
        return new Coded(article, e.id(), s.start(), s.end(), e.type(), e.cameo(), ActorRef.of(e.source()),
                ActorRef.of(e.target()), e.modality().wireName(), e.certainty().wireName(), attribution, time,
                e.evidence().text());
    }
}
