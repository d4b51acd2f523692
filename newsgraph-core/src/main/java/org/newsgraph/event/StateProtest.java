/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.PloverType;
import org.newsgraph.nlp.DependencyTree;

/**
 * PLOVER's PROTEST is dissent in the street; when a state protests ("Die sudanesische Regierung protestierte gegen das
 * Treffen", "China protested"), it complains officially, which CAMEO codes 114 and PLOVER as ACCUSE. A protest is a
 * state's when its source is named directly (a country, a leader, an institution) or is a government. A complaint,
 * unlike a demonstration, needs whom it is against.
 */
final class StateProtest {
    private static final Set<String> GOVERNMENT = Words.of("government-nouns");

    private StateProtest() {}

    static Predicate retype(DependencyTree t, Predicate pred, int sourceHead, ActorRefs.Ref source) {
        if (pred.type() != PloverType.PROTEST || sourceHead < 0) {
            return pred;
        }
        String head = t.sentence().tokens().get(sourceHead).lemma().toLowerCase(Locale.ROOT);
        String word = t.sentence().tokens().get(sourceHead).word().toLowerCase(Locale.ROOT);
        boolean named = !source.derived() && source.start() >= 0
                && ArgumentResolver.tokenAt(t.sentence(), source.start()) == sourceHead;
        boolean government = GOVERNMENT.contains(head) || GOVERNMENT.contains(word);
        if (!(named && source.type() != EntityType.LOCATION) && !government) {
            return pred;
        }
        return new Predicate(pred.lemma(), pred.noun(), PloverType.ACCUSE, "114", "complain officially",
                pred.targets(), pred.symmetric(), false, false, pred.plan(), pred.reversed(), pred.guests(),
                pred.answer(), pred.conditions(), pred.example(), pred.where());
    }
}
