/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.nlp.DependencyTree;

/**
 * When an event happened: a date expression in the predicate's own phrase, else the nearest date expression of the
 * sentence, else (for events that happened) the publication day. Durations and sets are not times of events.
 */
final class EventTimes {
    private static final Set<String> PURPOSE_MARKS = Words.of("purpose-marks");
    /** "am Montag", "on Monday", "next Monday": words before a weekday that leave the day itself. */
    private static final Pattern WEEKDAY_PREFIX = Pattern.compile("^(" + Words.of("weekday-prefixes").stream()
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+");

    private EventTimes() {}

    /**
     * The timex that dates the predicate, or null: one inside the predicate's own phrase (nearest to the target when
     * there are several, so each coordinated target keeps its year), else one of the same clause, else, for an
     * infinitive of purpose, the time of the verb it belongs to.
     */
    static Timex timex(DependencyTree t, int p, List<Timex> sentenceTimexes, int target, int scope) {
        Sentence s = t.sentence();
        if (scope >= 0) {
            for (Timex x : sentenceTimexes) {
                int tok = ArgumentResolver.tokenAt(s, x.start());
                if (tok >= 0 && t.dominates(scope, tok) && x.value() != null && "DATE".equals(x.type())) {
                    return x;
                }
            }
        }
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        int[] own = t.span(p);
        int anchor = target >= 0 ? target : p;
        int clause = isVerb(t, p) ? p : clauseHead(t, p);
        // a relative or content clause without a date of its own takes the date of the clause it belongs to
        int outer = t.is(p, "acl") && relativeArgument(t, p) ? clauseHead(t, p) : -2;
        for (Timex x : sentenceTimexes) {
            if (!"DATE".equals(x.type()) && !"TIME".equals(x.type()) || x.value() == null
                    || "PRESENT_REF".equals(x.value())) {
                continue;
            }
            int tok = ArgumentResolver.tokenAt(s, x.start());
            if (tok < 0) {
                continue;
            }
            boolean inside = tok >= own[0] && tok <= own[1] && t.dominates(p, tok);
            int tc = clauseHead(t, tok);
            if (!inside && tc != clause && tc != outer) {
                continue; // a date of another clause ("seit die NYT vergangene Woche …") is not this event's
            }
            int distance = Math.abs(tok - anchor) + (inside ? 0 : 100) + (tc == outer ? 100 : 0);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = x;
            }
        }
        if (best == null && purposeInfinitive(t, p)) {
            return timex(t, t.head(p), sentenceTimexes, -1, -1); // "travelled on Thursday to meet Erdoğan"
        }
        return best;
    }

    /** An infinitive of purpose or aim without a subject of its own, hung on the verb whose time it shares. */
    private static boolean purposeInfinitive(DependencyTree t, int p) {
        int h = t.head(p);
        if (h < 0 || !isVerb(t, p) || !isVerb(t, h) || !(t.is(p, "advcl") || t.is(p, "xcomp"))
                || !Syntax.subjects(t, p).isEmpty()) {
            return false;
        }
        for (int c : t.children(p, "mark")) {
            if (PURPOSE_MARKS.contains(t.sentence().tokens().get(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A relative clause about an actor ("das erste Land, das … anerkannte") shares the time of its main clause; a clause
     * that reports ("…, nach denen Kim Putin treffen wolle", "wonach …") does not: the report's date is not the event's.
     */
    private static boolean relativeArgument(DependencyTree t, int p) {
        for (int c : t.children(p)) {
            String pos = t.sentence().tokens().get(c).pos();
            if (("PRON".equals(pos) || pos.startsWith("W")) && (t.is(c, "nsubj") || t.is(c, "obj"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(DependencyTree t, int k) {
        String pos = t.sentence().tokens().get(k).pos();
        return "VERB".equals(pos) || "AUX".equals(pos) || (pos != null && pos.startsWith("VB"));
    }

    /** The verb heading the clause a token belongs to. */
    private static int clauseHead(DependencyTree t, int tok) {
        int x = t.head(tok);
        int prev = tok;
        while (x >= 0) {
            String pos = t.sentence().tokens().get(x).pos();
            boolean verb = "VERB".equals(pos) || "AUX".equals(pos) || (pos != null && pos.startsWith("VB"));
            if (verb || t.is(prev, "acl") || t.is(prev, "advcl") || t.is(prev, "ccomp") || t.is(prev, "parataxis")) {
                return x;
            }
            prev = x;
            x = t.head(x);
        }
        return prev == tok ? -1 : prev; // the root heads the main clause, verb or not ("Die Sowjetunion war 1948 …")
    }

    static EventTime of(Timex x, Modality modality, LocalDate published) {
        if (x != null) {
            return new EventTime(planned(x, modality, published), x.text(), EventTime.Method.TIMEX);
        }
        if (modality == Modality.OCCURRED && published != null) {
            return new EventTime(published.toString(), null, EventTime.Method.DOCUMENT_DATE);
        }
        return new EventTime(null, null, EventTime.Method.NONE);
    }

    /**
     * "said he would meet Trump on Monday": a bare weekday of a planned event lies ahead of the publication day, though
     * the time tagger, reading the day as past, resolved it to the one before.
     */
    private static String planned(Timex x, Modality modality, LocalDate published) {
        String v = x.value();
        String day = WEEKDAY_PREFIX.matcher(x.text().toLowerCase(Locale.ROOT)).replaceFirst("");
        if (modality != Modality.PLANNED || published == null || v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}")
                || !TimeWords.isDay(day)) {
            return v;
        }
        LocalDate d = LocalDate.parse(v);
        while (!d.isAfter(published)) {
            d = d.plusDays(7);
        }
        return d.toString();
    }
}
