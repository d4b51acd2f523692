/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Span;

/**
 * A claim as the scorer compares it, whoever found it: its content as character spans of the article text, the
 * speaker as an actor reference and as the words that name it, its kind and certainty.
 */
record Said(String article, String id, List<int[]> parts, ActorRef speaker, String speakerText, String kind,
        String certainty, String content) {

    static Said of(String article, Claim c) {
        List<int[]> parts = new ArrayList<>();
        for (Span s : c.contentParts().isEmpty() ? List.of(c.content()) : c.contentParts()) {
            parts.add(new int[] {s.start(), s.end()});
        }
        String words = c.speaker() == null || c.speaker().text() == null ? "-" : c.speaker().text();
        return new Said(article, c.id(), parts, ActorRef.of(c.speaker()), words, c.kind().wireName(),
                c.certainty().wireName(), c.content().text());
    }
}
