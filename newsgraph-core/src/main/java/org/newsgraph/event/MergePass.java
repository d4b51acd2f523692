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
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.PloverType;

/**
 * Pass "merge": needs the article's events with their rejection targets; an article reports an event once, however
 * often it mentions it (headline, lead and body: "Kim und Putin treffen sich", "… ist mit Putin zusammengekommen").
 * Mentions with the same type, modality and actors (either order for joint acts) whose times agree, or of which at most
 * one is dated, are merged: the dated mention is kept, else one outside the headline, else the first. An act said to
 * come in addition ({@code +also}) stays apart from an earlier act of its type told in other words. A visit to a
 * country gives way to a meeting with one of its people by the same source, as sure and on the same day.
 */
final class MergePass implements ArticlePass {
    private static final Set<PloverType> JOINT = Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.COOPERATE);
    private final Actors actors;

    MergePass(Actors actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.REJECTION_TARGETS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.MERGED);
    }

    @Override
    public List<Draft> apply(ArticleContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int k = indexOfSame(out, d.event());
            if (k < 0) {
                out.add(d);
            } else if (better(d.event(), out.get(k).event(), cx.text().text())) {
                out.set(k, d);
            }
        }
        List<Draft> kept = new ArrayList<>(out.size());
        for (Draft d : out) {
            if (out.stream().noneMatch(m -> visitFor(d.event(), m.event()))) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * "travelled to Ankara to meet Erdoğan", "will travel to Washington … would meet Trump on Monday": a visit to a
     * country and the meeting with one of its people, by the same source, as sure and on the same day, are one
     * report; the meeting says more.
     */
    private boolean visitFor(Event visit, Event meeting) {
        if (visit.type() != PloverType.CONSULT || meeting.type() != PloverType.CONSULT || visit.target() == null
                || meeting.target() == null || !visit.target().entity().startsWith("country:")
                || visit.modality() != meeting.modality() || visit.time().value() == null
                || !visit.time().value().equals(meeting.time().value())
                || !visit.source().entity().equals(meeting.source().entity())) {
            return false;
        }
        String host = visit.target().entity().substring("country:".length());
        return meeting.target().entity().startsWith("person:")
                && host.equals(actors.country(meeting.target().entity()));
    }

    private static boolean better(Event e, Event kept, ArticleText text) {
        if (dated(e) != dated(kept)) {
            return dated(e);
        }
        return headline(kept, text) && !headline(e, text);
    }

    /** A headline, kicker or subheading states in short what the text then reports. */
    private static boolean headline(Event e, ArticleText text) {
        ArticleText.Role role = text.roleAt(e.evidence().start());
        return role == ArticleText.Role.TITLE || role == ArticleText.Role.KICKER || role == ArticleText.Role.HEADING;
    }

    private static int indexOfSame(List<Draft> out, Event e) {
        for (int k = 0; k < out.size(); k++) {
            if (same(out.get(k).event(), e) && !distinctActs(out.get(k).event(), e)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean same(Event a, Event b) {
        if (a.type() != b.type() || a.modality() != b.modality()) {
            return false;
        }
        String as = a.source().entity();
        String at = a.target() == null ? null : a.target().entity();
        String bs = b.source().entity();
        String bt = b.target() == null ? null : b.target().entity();
        boolean actors = as.equals(bs) && Objects.equals(at, bt)
                || JOINT.contains(a.type()) && as.equals(bt) && Objects.equals(at, bs);
        return actors && (!dated(a) || !dated(b) || Objects.equals(a.time().value(), b.time().value()));
    }

    /**
     * "China will cut its tariffs … Beijing will also suspend the countermeasures …": an act said to come in addition
     * ("also", "auch", "zudem") is another act than an earlier one of the same type told in other words.
     */
    private static boolean distinctActs(Event a, Event b) {
        return !a.label().equals(b.label())
                && (a.method().contains(MethodPass.ALSO) || b.method().contains(MethodPass.ALSO));
    }

    private static boolean dated(Event e) {
        return e.time().method() == EventTime.Method.TIMEX && e.time().value() != null;
    }
}
