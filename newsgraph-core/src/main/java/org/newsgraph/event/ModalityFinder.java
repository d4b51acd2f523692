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
import org.newsgraph.model.Modality;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Tells an event that happened from one that is planned, only possible, or negated, and whether its source declares
 * it. Negation: see {@link Negation}. Hypothetical: conditional and possibility modals ("könnte", "würde", "could",
 * "might"), "wenn"/"falls"/"if" clauses, questions. Planned: future auxiliaries ("will", "wird"), "soll" + infinitive, "is to",
 * complements of intention and schedule verbs ("wants to", "plant", "is scheduled to"), nominal predicates marked as
 * coming ("geplante", "upcoming") or as a goal ("reist zu dem Treffen"), a time after the publication day, and
 * "would"/"würde" in reported speech, the future of the past ("Israel announced it would free"). Declared: the source
 * wants, intends or promises the act, or says it will (or will not) do it.
 */
final class ModalityFinder {
    private static final Set<String> WOULD = Words.of("would");
    private static final Set<String> HYPOTHETICAL = Words.of("possibility-modals");
    private static final Set<String> CONDITION = Words.of("condition-marks");
    private static final Set<String> FUTURE = Words.of("future-auxiliaries");
    private static final Set<String> WANT = Words.of("want-auxiliaries");
    private static final Set<String> PERFECT = Words.of("perfect-auxiliaries");
    /** Verbs by which a source declares its own plan ("wants to", "will … besuchen", "pledged to"). */
    private static final Set<String> INTENT_VERBS = Words.of("intent-verbs");
    /** Verbs that schedule an act without the source declaring it ("is scheduled to attend", "is expected to"). */
    private static final Set<String> PLAN_VERBS = Words.of("schedule-verbs");
    private static final Set<String> ARRIVAL = Words.of("arrival-verbs");
    private static final Set<String> PLANNED_ADJ = Words.of("planned-adjectives");
    private static final Set<String> INFINITIVE_MARKS = Words.of("infinitive-marks");
    /** Prepositions by which an event noun is the goal of a journey ("reist zu dem Treffen"). */
    private static final Set<String> JOURNEY_GOALS = Words.of("journey-goals");

    private ModalityFinder() {}

    /**
     * The mood of the predicate at {@code p}.
     *
     * @param reported       the predicate lies in reported speech (a claim's content or a clause of a speech verb)
     * @param sourceSpeaks   the speaker of that speech is the event's source
     */
    static Mood of(DependencyTree t, int p, Predicate pred, Timex time, LocalDate published, boolean reported,
            boolean sourceSpeaks) {
        int verb = pred.noun() ? Syntax.governingVerb(t, p) : p;
        Markers m = markers(t, p);
        if (verb >= 0 && verb != p) {
            m = m.or(markers(t, verb));
        }
        int clause = verb >= 0 ? verb : p;
        // "soll … besichtigen und … besuchen": a coordinated verb shares the first one's auxiliaries
        for (int x = clause; t.is(x, "conj") && t.head(x) >= 0 && Syntax.isVerb(t, t.head(x)); x = t.head(x)) {
            m = m.or(markers(t, t.head(x)));
        }
        if (Negation.notRuledOut(t, clause, p)) {
            return Mood.of(Modality.HYPOTHETICAL); // "schließt … nicht aus", "did not rule out"
        }
        boolean declaredForm = sourceSpeaks && (m.future || m.would);
        if (Negation.negated(t, p, pred) || (verb >= 0 && verb != p && Negation.negated(t, verb, null))) {
            return new Mood(Modality.NEGATED, declaredForm);
        }
        boolean conditionalWould = m.would && !(reported && !conditional(t, clause));
        int governing = t.is(clause, "xcomp") || t.is(clause, "ccomp") ? t.head(clause) : -1;
        if (hypothetical(t, p, pred) || (clause != p && hypothetical(t, clause, null)) || conditionalWould
                || (governing >= 0 && t.is(clause, "xcomp") && hypothetical(t, governing, null))
                || questionOfMainClause(t, clause) || requestedOrUnrealised(t, clause) || Likelihood.judged(t, p)) {
            return Mood.of(Modality.HYPOTHETICAL);
        }
        String governor = complementOf(t, clause);
        boolean intentVerb = INTENT_VERBS.contains(governor) && !objectControlled(t, clause);
        if (m.want || intentVerb || pred.plan()) {
            return new Mood(Modality.PLANNED, true);
        }
        if ((m.future && !m.perfect) || m.would || PLAN_VERBS.contains(governor) || plannedNoun(t, p, pred)) {
            return new Mood(Modality.PLANNED, declaredForm);
        }
        if (time != null && published != null && future(time.value(), published)) {
            return Mood.of(Modality.PLANNED);
        }
        return Mood.of(Modality.OCCURRED);
    }

    /** The auxiliaries on a verb: future, perfect, "would", German "will"/"wolle" (want). */
    private record Markers(boolean future, boolean perfect, boolean would, boolean want) {
        Markers or(Markers o) {
            return new Markers(future || o.future, perfect || o.perfect, would || o.would, want || o.want);
        }
    }

    private static Markers markers(DependencyTree t, int v) {
        List<Token> toks = t.sentence().tokens();
        boolean future = false;
        boolean perfect = false;
        boolean would = false;
        boolean want = false;
        for (int c : t.children(v)) {
            String w = lower(toks.get(c));
            // English "will" (tagged MD) is the future; German "will" is a form of "wollen"
            boolean germanWant = WANT.contains(w) && !"MD".equals(toks.get(c).pos());
            if (t.is(c, "aux")) {
                future |= FUTURE.contains(w) && !germanWant;
                perfect |= PERFECT.contains(w);
                want |= germanWant;
            }
            if (t.is(c, "aux") || t.is(c, "advmod")) {
                would |= WOULD.contains(w);
            }
        }
        return new Markers(future || beTo(t, v), perfect, would, want);
    }

    /** The lemma of the verb a clause is the complement of ("wants to", "is scheduled to"), or "". */
    private static String complementOf(DependencyTree t, int v) {
        int h = t.head(v);
        return h >= 0 && (t.is(v, "xcomp") || t.is(v, "ccomp")) ? t.sentence().tokens().get(h).lemma() : "";
    }

    /**
     * "Obama wants Putin to attack", "pressure from Congress to help Iran", "permission to help Israel": an act
     * someone asks of another, or an infinitive that describes a noun, has not happened.
     */
    private static boolean requestedOrUnrealised(DependencyTree t, int v) {
        int h = t.head(v);
        if (h < 0) {
            return false;
        }
        if (t.is(v, "xcomp") && objectControlled(t, v)
                && Syntax.OBJECT_CONTROL.contains(t.sentence().tokens().get(h).lemma())) {
            return true;
        }
        if (t.is(v, "acl") && !Syntax.isVerb(t, h)) {
            for (int c : t.children(v, "mark")) {
                if (INFINITIVE_MARKS.contains(lower(t.sentence().tokens().get(c)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Hamas is to free 50 women": "be" + "to"-infinitive states an arrangement. */
    private static boolean beTo(DependencyTree t, int p) {
        int h = t.head(p);
        return h >= 0 && t.is(p, "xcomp") && "be".equals(t.sentence().tokens().get(h).lemma());
    }

    private static boolean objectControlled(DependencyTree t, int p) {
        int h = t.head(p);
        for (int c : h < 0 ? List.<Integer>of() : t.children(h)) {
            if (t.relation(c).equals("obj") || t.is(c, "iobj")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hypothetical(DependencyTree t, int p, Predicate pred) {
        List<Token> toks = t.sentence().tokens();
        for (int c : t.children(p)) {
            String w = lower(toks.get(c));
            if ((t.is(c, "aux") || t.is(c, "advmod")) && HYPOTHETICAL.contains(w)) {
                return true;
            }
            if (t.is(c, "mark") && CONDITION.contains(w)) {
                return true;
            }
        }
        if (pred != null && pred.noun()) {
            int h = t.head(p);
            for (int c : h < 0 ? List.<Integer>of() : t.children(h)) {
                String w = lower(toks.get(c));
                if (t.is(c, "aux") && (HYPOTHETICAL.contains(w) || WOULD.contains(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An "if"/"wenn" clause on the predicate's clause makes "would" conditional, not the future of the past. */
    private static boolean conditional(DependencyTree t, int p) {
        for (int c : t.children(p)) {
            if (t.is(c, "advcl")) {
                for (int m : t.children(c, "mark")) {
                    if (CONDITION.contains(lower(t.sentence().tokens().get(m)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean plannedNoun(DependencyTree t, int p, Predicate pred) {
        if (!pred.noun() || pred.guests()) {
            return false;
        }
        for (int c : t.children(p)) {
            if ((t.is(c, "amod") || t.is(c, "det")) && PLANNED_ADJ.contains(lower(t.sentence().tokens().get(c)))) {
                return true;
            }
        }
        // "reist zu dem Treffen", "on his way to the summit": the event is the goal of the movement
        int phrase = Syntax.phraseHead(t, p);
        String cs = Syntax.caseOf(t, phrase);
        boolean goal = cs != null && JOURNEY_GOALS.contains(cs);
        int h = t.head(phrase);
        // "der am Sonntag zu einem Besuch in China eintraf": who has arrived is on the visit
        return goal && !(h >= 0 && ARRIVAL.contains(t.sentence().tokens().get(h).lemma()));
    }

    private static boolean questionOfMainClause(DependencyTree t, int p) {
        List<Token> toks = t.sentence().tokens();
        return "?".equals(toks.get(toks.size() - 1).word()) && (t.head(p) < 0 || t.root() == p);
    }

    /** True when a TIMEX value lies after the publication day (or is a future reference). */
    static boolean future(String value, LocalDate published) {
        if (value == null) {
            return false;
        }
        if (value.equals("FUTURE_REF")) {
            return true;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value).isAfter(published);
        }
        return false;
    }

    /** The token's word in lower case. */
    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
