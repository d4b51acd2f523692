/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.PloverType;
import org.newsgraph.model.Sentence;

/**
 * "Danach unterzeichneten beide das Abkommen", "both signed", "they agreed": "beide"/"both"/"they" as the subject of a
 * joint act are the two parties of the latest joint event in the last three sentences.
 */
final class Both {
    private static final Set<String> WORDS = Words.of("both-words");

    private Both() {}

    /**
     * Whether the sentence has one of the words that can stand for the parties of an earlier joint event, so that a
     * sentence naming no actor ("They agreed to exchange prisoners") is still parsed.
     */
    static boolean mentioned(Sentence s) {
        return s.tokens().stream().anyMatch(t -> WORDS.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /** The {source, target} of a joint predicate whose subject is "beide"/"both", or null. */
    static ActorRefs.Ref[] pair(EventContext cx, List<Integer> sourceHeads) {
        if (sourceHeads.isEmpty() || sourceHeads.get(0) < 0) {
            return null;
        }
        String w = cx.tree().sentence().tokens().get(sourceHeads.get(0)).word().toLowerCase(Locale.ROOT);
        if (!WORDS.contains(w)) {
            return null;
        }
        int sentence = cx.tree().sentence().index();
        for (int k = cx.earlier().size() - 1; k >= 0; k--) {
            Event e = cx.earlier().get(k);
            if (e.evidence().sentence() < sentence - 3) {
                break;
            }
            boolean joint = e.type() == PloverType.CONSULT || e.type() == PloverType.AGREE
                    || e.type() == PloverType.COOPERATE;
            if (joint && e.target() != null) {
                return new ActorRefs.Ref[] {ref(e.source().entity(), w), ref(e.target().entity(), w)};
            }
        }
        return null;
    }

    private static ActorRefs.Ref ref(String entity, String text) {
        return new ActorRefs.Ref(-1, -1, entity, EntityType.OTHER, false, text);
    }
}
