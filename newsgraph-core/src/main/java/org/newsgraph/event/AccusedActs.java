/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Set;
import org.newsgraph.model.PloverType;
import org.newsgraph.nlp.DependencyTree;

/**
 * The doer of an act that stands inside an accusation and names no doer of its own is the accused (docs/annotation.md:
 * an accusation gives the accusation and the accused act): "Dem General wird das Massaker von Srebrenica vorgeworfen"
 * (the general's massacre), "Kenya accused al-Shabaab of carrying out the attacks", "die Vorwürfe gegen die Miliz:
 * Morde und Entführungen". The accused is the accusation's object, indirect object or its "gegen"/"against" phrase.
 */
final class AccusedActs {
    private static final Set<String> AGAINST = Words.of("against");

    private AccusedActs() {}

    /** The accused of the nearest accusation above the draft's word that names one, or null. */
    static ActorRefs.Ref doer(EventContext cx, Draft d, Actors actors) {
        if (d.predicate().type() == PloverType.ACCUSE) {
            return null;
        }
        DependencyTree t = cx.tree();
        for (int a = t.head(d.token()); a >= 0; a = t.head(a)) {
            Predicate p = cx.predicates().get(a);
            if (p == null || p.type() != PloverType.ACCUSE) {
                continue;
            }
            for (int c : t.children(a)) {
                if (t.dominates(c, d.token()) && !clauseBetween(t, c, d.token())) {
                    continue; // the phrase that holds the act is what the accused did, not who
                }
                String cs = Syntax.caseOf(t, c);
                boolean accused = Syntax.objectLike(t, c) || t.is(c, "iobj")
                        || cs != null && AGAINST.contains(cs.toLowerCase(java.util.Locale.ROOT));
                if (!accused) {
                    continue;
                }
                ActorRefs.Ref r = ArgumentResolver.resolve(t, c, cx.refs(), cx.text());
                ActorRefs.Ref actor = r == null ? null : actors.actorOf(cx, r);
                if (actor != null) {
                    return actor;
                }
            }
            return null;
        }
        return null;
    }

    /** "accused al-Shabaab of carrying out the attacks": the act hangs in a clause on the accused's phrase. */
    private static boolean clauseBetween(DependencyTree t, int top, int token) {
        for (int k = token; k >= 0 && k != top; k = t.head(k)) {
            if (k != token && (t.relation(k).startsWith("acl") || t.relation(k).startsWith("advcl"))) {
                return true;
            }
        }
        return false;
    }
}
