/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.PloverType;
import org.newsgraph.nlp.DependencyTree;

/**
 * An article reports an event once, however often it mentions it: headline, lead and body ("Kim und Putin treffen
 * sich", "… ist mit Putin zusammengekommen") are one report. Mentions with the same type, modality and actors (either
 * order for joint acts) whose times agree, or of which at most one is dated, are merged; the dated mention is kept,
 * else one outside the headline, else the first. A visit to a country gives way to a meeting with one of its people.
 */
final class Duplicates {
    /** The method suffix of an event marked as an additional act. */
    static final String ALSO = "+also";
    private static final Set<String> ADDITIVE = Set.of("also", "additionally", "auch", "zudem", "außerdem",
            "ebenfalls", "zusätzlich");
    private static final Set<PloverType> JOINT = Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.COOPERATE);

    private Duplicates() {}

    static List<Event> merge(List<Event> events, ArticleText text, Function<String, String> countryOf) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int k = indexOfSame(out, e);
            if (k < 0) {
                out.add(e);
            } else if (better(e, out.get(k), text)) {
                out.set(k, e);
            }
        }
        List<Event> kept = new ArrayList<>(out.size());
        for (Event e : out) {
            if (out.stream().noneMatch(m -> visitFor(e, m, countryOf))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * "travelled to Ankara to meet Erdoğan", "will travel to Washington … would meet Trump on Monday": a visit to a
     * country and the meeting with one of its people, by the same source, as sure and on the same day, are one
     * report; the meeting says more.
     */
    private static boolean visitFor(Event visit, Event meeting, Function<String, String> countryOf) {
        if (visit.type() != PloverType.CONSULT || meeting.type() != PloverType.CONSULT || visit.target() == null
                || meeting.target() == null || !visit.target().entity().startsWith("country:")
                || visit.modality() != meeting.modality() || visit.time().value() == null
                || !visit.time().value().equals(meeting.time().value())
                || !visit.source().entity().equals(meeting.source().entity())) {
            return false;
        }
        String host = visit.target().entity().substring("country:".length());
        return meeting.target().entity().startsWith("person:") && host.equals(countryOf.apply(meeting.target().entity()));
    }

    private static boolean better(Event e, Event kept, ArticleText text) {
        if (dated(e) != dated(kept)) {
            return dated(e);
        }
        return headline(kept, text) && !headline(e, text);
    }

    /** A headline, kicker or subheading states in short what the text then reports. */
    static boolean headline(Event e, ArticleText text) {
        ArticleText.Role role = text.roleAt(e.evidence().start());
        return role == ArticleText.Role.TITLE || role == ArticleText.Role.KICKER || role == ArticleText.Role.HEADING;
    }

    private static int indexOfSame(List<Event> out, Event e) {
        for (int k = 0; k < out.size(); k++) {
            if (same(out.get(k), e) && !distinctActs(out.get(k), e)) {
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
        return !a.label().equals(b.label()) && (a.method().contains(ALSO) || b.method().contains(ALSO));
    }

    /** Whether a verb predicate is marked as coming in addition to what was told before. */
    static boolean additive(DependencyTree t, int p) {
        if (!ArgumentFinder.isVerb(t, p)) {
            return false;
        }
        for (int c : t.children(p, "advmod")) {
            if (ADDITIVE.contains(t.sentence().tokens().get(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dated(Event e) {
        return e.time().method() == EventTime.Method.TIMEX && e.time().value() != null;
    }
}
