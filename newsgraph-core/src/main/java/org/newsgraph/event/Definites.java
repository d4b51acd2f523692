/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * "… the International Atomic Energy Agency … Iran had suspended its cooperation with the agency": a definite common
 * noun with no actor of its own refers to the organisation named last, in this or the five sentences before, whose
 * name ends in that noun.
 */
final class Definites {
    private static final Set<String> ARTICLES = Words.of("definite-articles");

    private Definites() {}

    static ActorRefs.Ref antecedent(DependencyTree t, int h, ActorRefs refs, AnnotatedText text) {
        Sentence s = t.sentence();
        Token head = s.tokens().get(h);
        if (!("NOUN".equals(head.pos()) || "NN".equals(head.pos())) || !definite(t, h)) {
            return null;
        }
        String noun = head.word().toLowerCase(Locale.ROOT);
        int from = text.sentences().get(Math.max(0, s.index() - 5)).start();
        ActorRefs.Ref last = null;
        for (ActorRefs.Ref r : refs.within(from, head.start())) {
            boolean organisation = r.type() == EntityType.ORGANIZATION || r.type() == EntityType.GROUP;
            String name = r.text() == null ? "" : r.text().toLowerCase(Locale.ROOT);
            if (organisation && !r.derived() && name.contains(" ") && name.endsWith(" " + noun)) {
                last = r;
            }
        }
        return last == null ? null : new ActorRefs.Ref(head.start(), head.end(), last.entity(), last.type(), false,
                head.word());
    }

    /** An article and nothing else before the noun ("the agency", not "a UN agency" or "the nuclear agency"). */
    private static boolean definite(DependencyTree t, int h) {
        boolean article = false;
        for (int c : t.children(h)) {
            if (c > h) {
                continue;
            }
            String w = t.sentence().tokens().get(c).word().toLowerCase(Locale.ROOT);
            if (t.is(c, "det") && ARTICLES.contains(w)) {
                article = true;
            } else if (!t.is(c, "case")) {
                return false;
            }
        }
        return article;
    }
}
