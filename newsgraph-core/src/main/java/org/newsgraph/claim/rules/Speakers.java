/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.claim.Tags;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.DependencyTree;

/**
 * Which phrases name an actor that can speak (a person, outlet, organisation, group or a country's government), for
 * repairing a speaker the parse got wrong. One instance per article.
 */
final class Speakers {
    private final List<int[]> spans = new ArrayList<>();

    Speakers(List<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION || e.type() == EntityType.OTHER) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (!m.method().startsWith("gazetteer:adjective") && !m.method().startsWith("gazetteer:people")) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
    }

    /** True when the token span [first, last] contains a speaking actor's mention. */
    boolean names(Sentence s, int[] tokens) {
        int a = s.tokens().get(tokens[0]).start();
        int b = s.tokens().get(tokens[1]).end();
        for (int[] m : spans) {
            if (m[0] >= a && m[1] <= b) {
                return true;
            }
        }
        return false;
    }

    /** A nominal dependent of the verb before it that names a speaking actor, as [first, last], or null. */
    int[] namedDependent(Sentence s, DependencyTree tree, int verb) {
        for (int c : tree.children(verb)) {
            boolean nominal = tree.is(c, "nsubj") || tree.is(c, "obl") || tree.is(c, "obj");
            if (!nominal || c > verb) {
                continue;
            }
            int[] span = Phrases.trim(s, tree.span(c));
            if (quotation(s, span, verb)) {
                continue; // the parser's subject is the quotation itself ("„Für Kim …“, sagte ein Diplomat")
            }
            int[] core = {span[0], span[1]};
            // start after the preposition of an oblique ("seit die «New York Times»")
            for (int k : tree.children(c, "case")) {
                core[0] = Math.max(core[0], k + 1);
            }
            if (names(s, core)) {
                return core;
            }
        }
        return null;
    }

    /**
     * True when the phrase is a quoted clause: it has a verb and a quotation mark opens it or stands between it and
     * the verb of saying (a quoted name such as "die «New York Times»" has no verb).
     */
    private static boolean quotation(Sentence s, int[] span, int verb) {
        boolean hasVerb = false;
        for (int k = span[0]; k <= span[1]; k++) {
            hasVerb |= Tags.isVerb(s.tokens().get(k).pos());
        }
        if (!hasVerb) {
            return false;
        }
        return ContentFinder.hasQuoteMark(s.tokens(), span[0] - 1, verb);
    }
}
