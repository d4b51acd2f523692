/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Event;
import org.newsgraph.model.PloverType;

/**
 * Pass "rejections": needs the article's events; a rejection that names no one ("Die schwedische Regierung weist den
 * Vorwurf zurück") rejects what was last said against its source: it is aimed at the source of the nearest earlier
 * accusation, threat or demand aimed at it in the three sentences before ({@code target=accuser}); failing that, a
 * rejected accusation ("rejected the accusation") at the speaker of the nearest claim in the two sentences before who
 * belongs to another country ({@code target=speaker}).
 */
final class RejectionsPass implements ArticlePass {
    private final ObjectClasses objects;
    private final Actors actors;

    RejectionsPass(ObjectClasses objects, Actors actors) {
        this.objects = objects;
        this.actors = actors;
    }

    @Override
    public String name() {
        return "rejections";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.DISTINCT);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.REJECTION_TARGETS);
    }

    @Override
    public List<Draft> apply(ArticleContext cx, List<Draft> drafts) {
        List<Event> events = drafts.stream().map(Draft::event).toList();
        List<Draft> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < events.size(); i++) {
            Draft d = drafts.get(i);
            Event e = events.get(i);
            if (e.type() == PloverType.REJECT && e.target() == null) {
                Argument accuser = accuser(events, i, e.source().entity());
                String rule = "accuser";
                if (accuser == null && rejectsAccusation(e, cx.text())) {
                    accuser = lastSpeaker(cx.claims(), e);
                    rule = "speaker";
                    String state = accuser == null || !accuser.entity().startsWith("other:person:") ? null
                            : Spokespeople.stateOf(cx.text(), cx.refs(), accuser.entity());
                    if (state != null) {
                        // the ministry's spokesperson accused: the rejection answers the state
                        accuser = new Argument(state, accuser.text(), -1, -1);
                    }
                }
                if (accuser != null) {
                    d = d.withEvent(e.withTarget(new Argument(accuser.entity(), accuser.text(), -1, -1)))
                            .rule("target", rule);
                }
            }
            out.add(d);
        }
        return out;
    }

    private static Argument accuser(List<Event> events, int before, String target) {
        for (int k = before - 1; k >= 0; k--) {
            Event e = events.get(k);
            boolean hostile = e.type() == PloverType.ACCUSE || e.type() == PloverType.THREATEN
                    || e.type() == PloverType.REQUEST;
            if (hostile && e.target() != null && e.target().entity().equals(target)
                    && e.evidence().sentence() >= events.get(before).evidence().sentence() - 3) {
                return e.source();
            }
        }
        return null;
    }

    /** Whether the rejection's sentence names an accusation ("den Vorwurf", "the allegations"). */
    private boolean rejectsAccusation(Event e, AnnotatedText text) {
        return text.sentences().get(e.evidence().sentence()).tokens().stream()
                .anyMatch(t -> objects.is("accusations", text.language(), t));
    }

    /**
     * The speaker of the nearest claim in the two sentences before the rejection who is an actor of another country
     * than its source ("… as you conspire against the United States," Trump wrote. Ushakov rejected the accusation).
     */
    private Argument lastSpeaker(List<Claim> claims, Event e) {
        int here = e.evidence().sentence();
        String source = e.source().entity();
        Claim best = null;
        for (Claim c : claims) {
            int s = c.evidence().sentence();
            boolean other = c.speaker() != null && c.speaker().entity() != null && !c.speaker().entity().equals(source)
                    && !Objects.equals(country(c.speaker().entity()), country(source));
            if (other && s < here && s >= here - 2 && (best == null || c.content().start() > best.content().start())) {
                best = c;
            }
        }
        return best == null ? null : best.speaker();
    }

    private String country(String entity) {
        String c = actors.country(entity);
        return c == null ? entity : c;
    }
}
