/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Event;

/**
 * Pass "method": needs the merged events; writes each event's method from its entry and the rules that decided it, in
 * the grammar docs/events.md gives: {@code lexicon:LEMMA/POS} ({@code verb} or {@code noun}), then {@code ;KEY=RULE}
 * for what decided the source, target and place, then {@code +also} for an additional act and {@code +joint} for a
 * joint act ("lexicon:treffen/verb;source=subject;target=co-subject;place=phrase+joint"). The suffixes stay last:
 * readers of the method test {@code endsWith("+joint")} and {@code contains("+also")}, and no rule name holds a "+".
 */
final class MethodPass implements ArticlePass {
    /** The suffix of an act said to come in addition ("also", "zudem"). */
    static final String ALSO = "+also";
    /** The suffix of a joint act whose target is a co-agent. */
    static final String JOINT = "+joint";

    @Override
    public String name() {
        return "method";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.MERGED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.METHODS);
    }

    @Override
    public List<Draft> apply(ArticleContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Event e = d.event();
            String method = method(d.predicate(), d.trace().format(), d.statement().also(), d.roles().joint());
            out.add(d.withEvent(new Event(e.id(), e.type(), e.cameo(), e.label(), e.source(), e.target(), e.location(),
                    e.time(), e.modality(), e.certainty(), e.attribution(), e.evidence(), e.confidence(), method)));
        }
        return out;
    }

    /** The method of an event of entry {@code pred} with the rules {@code rules} (";source=subject", or ""). */
    static String method(Predicate pred, String rules, boolean also, boolean joint) {
        return "lexicon:" + pred.lemma() + (pred.noun() ? "/noun" : "/verb") + rules + (also ? ALSO : "")
                + (joint ? JOINT : "");
    }
}
