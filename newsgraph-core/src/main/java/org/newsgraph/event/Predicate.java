/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;
import org.newsgraph.model.PloverType;

/**
 * A lexicon entry: a verb or noun lemma that states an event of one type.
 *
 * @param lemma     lemma, with a separable particle after a space ("kaufen ab")
 * @param noun      true for nominalisations ("Treffen", "sanctions")
 * @param type      PLOVER type
 * @param cameo     CAMEO event code
 * @param label     short English label
 * @param targets   where the target is, in order of preference (obj, iobj, prep:P, gen, poss, of, clause, subjpass)
 * @param symmetric "A und B trafen sich": the second conjunct of the subject is the target
 * @param location  the predicate names a place ("reist nach Wladiwostok", "protest in Beijing"): a place as target,
 *                  or the only place, stands for its country
 * @param free      the event stands without a target ("dementierte", "withdrew"); others need one
 * @param plan      the predicate states a plan by its meaning ("lud … ein", "invited"): the event is planned
 * @param reversed  the subject is the target and the target slot the source ("received weapons from X": X gives)
 * @param guests    a noun for those attending ("Zu den Gästen gehörten …", "Among the guests were …"): the people
 *                  named in its clause are the sources
 * @param answer    a retaliation ("Gegenschlag", "counterattack"): without a target of its own it is aimed at whoever
 *                  last attacked its source
 * @param conditions what must hold for this reading, all of them: a phrase the predicate governs ("prep:aus":
 *                  "schicken … aus dem Land"), one whose noun is of a class ("prep:on:phone": "spoke on the phone"),
 *                  an object of a class ("obj:troops"), an object and an infinitive ("control"); empty for none
 * @param example   a sentence the team wrote in which this entry codes an event (checked by a test)
 * @param where     the lexicon file and line, for messages
 */
record Predicate(String lemma, boolean noun, PloverType type, String cameo, String label, List<String> targets,
        boolean symmetric, boolean location, boolean free, boolean plan, boolean reversed, boolean guests,
        boolean answer, List<String> conditions, String example, String where) {

    Predicate {
        targets = List.copyOf(targets);
        conditions = List.copyOf(conditions);
    }

    /** True when the entry applies only under conditions (such entries are tried before plain ones). */
    boolean conditional() {
        return !conditions.isEmpty();
    }

    String verb() {
        int sp = lemma.indexOf(' ');
        return sp < 0 ? lemma : lemma.substring(0, sp);
    }

    String particle() {
        int sp = lemma.indexOf(' ');
        return sp < 0 ? null : lemma.substring(sp + 1);
    }
}
