/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import org.newsgraph.model.EntityType;

/**
 * A mention candidate during linking.
 *
 * @param sentence   sentence index
 * @param first      index of the first token in the sentence
 * @param last       index of the last token (inclusive)
 * @param start      character offset
 * @param end        end offset (exclusive)
 * @param text       covered text
 * @param type       entity type
 * @param actorId    linked actor id, or {@code null} while unlinked
 * @param method     how it was found ({@code ner}, {@code gazetteer:name}, {@code coref}, ...)
 * @param confidence 0..1
 */
record Candidate(int sentence, int first, int last, int start, int end, String text, EntityType type, String actorId,
        String method, double confidence) {

    Candidate link(String id, EntityType t, String how, double conf) {
        return new Candidate(sentence, first, last, start, end, text, t, id, how, conf);
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    int tokens() {
        return last - first + 1;
    }
}
