/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.nlp.DependencyTree;

/**
 * When an event happened: a date expression in the predicate's own phrase, else the nearest date expression of the
 * sentence, else (for events that happened) the publication day. Durations and sets are not times of events.
 */
final class EventTimes {
    private EventTimes() {}

    /** The timex that dates the predicate, or null. */
    static Timex timex(DependencyTree t, int p, List<Timex> sentenceTimexes) {
        Sentence s = t.sentence();
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        int[] own = t.span(p);
        for (Timex x : sentenceTimexes) {
            if (!"DATE".equals(x.type()) && !"TIME".equals(x.type()) || x.value() == null
                    || "PRESENT_REF".equals(x.value())) {
                continue;
            }
            int tok = ArgumentResolver.tokenAt(s, x.start());
            if (tok < 0) {
                continue;
            }
            boolean inside = tok >= own[0] && tok <= own[1];
            int distance = Math.abs(tok - p) + (inside ? 0 : 100);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = x;
            }
        }
        return best;
    }

    static EventTime of(Timex x, boolean occurred, LocalDate published) {
        if (x != null) {
            return new EventTime(x.value(), x.text(), EventTime.Method.TIMEX);
        }
        if (occurred && published != null) {
            return new EventTime(published.toString(), null, EventTime.Method.DOCUMENT_DATE);
        }
        return new EventTime(null, null, EventTime.Method.NONE);
    }
}
