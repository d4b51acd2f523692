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
 * it. Negation: "nicht", "nie", "not", "never" on the predicate, "kein"/"no" on its object or on a nominal predicate,
 * "ohne"/"without" before one. Hypothetical: conditional and possibility modals ("könnte", "würde", "could", "might"),
 * "wenn"/"falls"/"if" clauses, questions. Planned: future auxiliaries ("will", "wird"), "soll" + infinitive, "is to",
 * complements of intention and schedule verbs ("wants to", "plant", "is scheduled to"), nominal predicates marked as
 * coming ("geplante", "upcoming") or as a goal ("reist zu dem Treffen"), a time after the publication day, and
 * "would"/"würde" in reported speech, the future of the past ("Israel announced it would free"). Declared: the source
 * wants, intends or promises the act, or says it will (or will not) do it.
 */
final class ModalityFinder {
    private static final Set<String> NEGATION = Set.of("nicht", "nie", "niemals", "not", "n't", "never");
    private static final Set<String> NO = Set.of("kein", "keine", "keinen", "keinem", "keiner", "keines", "no");
    private static final Set<String> WITHOUT = Set.of("ohne", "without");
    private static final Set<String> WOULD = Set.of("würde", "würden", "would");
    private static final Set<String> HYPOTHETICAL = Set.of("könnte", "könnten", "dürfte", "dürften", "möge",
            "could", "might", "may");
    private static final Set<String> CONDITION = Set.of("wenn", "falls", "sofern", "if", "unless", "ob", "whether");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wird", "werden", "werde", "wirst",
            "soll", "sollen", "solle");
    private static final Set<String> WANT = Set.of("wolle", "wollen", "will", "willst", "wollte", "wollten");
    private static final Set<String> PERFECT = Set.of("haben", "habe", "hat", "sein", "sei", "ist", "have", "has",
            "had");
    /** Verbs by which a source declares its own plan ("wants to", "will … besuchen", "pledged to"). */
    private static final Set<String> INTENT_VERBS = Set.of("plan", "intend", "seek", "aim", "hope", "want", "agree",
            "pledge", "promise", "vow", "offer", "decide", "threaten", "planen", "beabsichtigen", "wollen", "vorhaben",
            "hoffen", "vereinbaren", "versprechen", "zusagen", "anbieten", "ankündigen", "beschließen", "drohen");
    /** Verbs that schedule an act without the source declaring it ("is scheduled to attend", "is expected to"). */
    private static final Set<String> PLAN_VERBS = Set.of("expect", "schedule", "prepare", "set", "due", "erwarten");
    private static final Set<String> ARRIVAL = Set.of("eintreffen", "ankommen", "landen", "arrive", "land", "come");
    private static final Set<String> PLANNED_ADJ = Set.of("geplant", "geplante", "geplanten", "bevorstehend",
            "bevorstehende", "bevorstehenden", "kommende", "kommenden", "planned", "upcoming", "expected", "proposed",
            "possible", "mögliche", "möglichen", "erneutes", "erneute", "erneuten", "future", "künftige", "künftigen");

    private ModalityFinder() {}

    /**
     * The mood of the predicate at {@code p}.
     *
     * @param reported       the predicate lies in reported speech (a claim's content or a clause of a speech verb)
     * @param sourceSpeaks   the speaker of that speech is the event's source
     */
    static Mood of(DependencyTree t, int p, Predicate pred, Timex time, LocalDate published, boolean reported,
            boolean sourceSpeaks) {
        int verb = pred.noun() ? ArgumentFinder.governingVerb(t, p) : p;
        Markers m = markers(t, p);
        if (verb >= 0 && verb != p) {
            m = m.or(markers(t, verb));
        }
        int clause = verb >= 0 ? verb : p;
        // "soll … besichtigen und … besuchen": a coordinated verb shares the first one's auxiliaries
        for (int x = clause; t.is(x, "conj") && t.head(x) >= 0 && ArgumentFinder.isVerb(t, t.head(x)); x = t.head(x)) {
            m = m.or(markers(t, t.head(x)));
        }
        if (notRuledOut(t, clause, p)) {
            return Mood.of(Modality.HYPOTHETICAL); // "schließt … nicht aus", "did not rule out"
        }
        boolean declaredForm = sourceSpeaks && (m.future || m.would);
        if (negated(t, p, pred) || (verb >= 0 && verb != p && negated(t, verb, null))) {
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
                && ArgumentFinder.OBJECT_CONTROL.contains(t.sentence().tokens().get(h).lemma())) {
            return true;
        }
        if (t.is(v, "acl") && !ArgumentFinder.isVerb(t, h)) {
            for (int c : t.children(v, "mark")) {
                String w = lower(t.sentence().tokens().get(c));
                if (w.equals("to") || w.equals("zu")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Russland schließe eine Zusammenarbeit nicht aus", "did not rule out talks": a possibility, not a negation. */
    private static boolean notRuledOut(DependencyTree t, int clause, int p) {
        if (clause < 0 || clause == p && !ArgumentFinder.isVerb(t, clause)) {
            return false;
        }
        String lemma = t.sentence().tokens().get(clause).lemma();
        boolean ruleOut = lemma.equals("ausschließen") || lemma.equals("exclude")
                || (lemma.equals("schließen") || lemma.equals("rule")) && hasParticle(t, clause, "aus", "out");
        return ruleOut && clause != p && negated(t, clause, null);
    }

    private static boolean hasParticle(DependencyTree t, int v, String... particles) {
        for (int c : t.children(v)) {
            String w = lower(t.sentence().tokens().get(c));
            for (String prt : particles) {
                if (w.equals(prt) && (t.is(c, "compound") || t.is(c, "advmod") || t.is(c, "obl") || t.is(c, "mark"))) {
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

    private static boolean negated(DependencyTree t, int p, Predicate pred) {
        List<Token> toks = t.sentence().tokens();
        boolean noun = pred != null && pred.noun();
        for (int c : t.children(p)) {
            String w = lower(toks.get(c));
            boolean notOnly = c + 1 < toks.size() && Set.of("nur", "only").contains(lower(toks.get(c + 1)));
            if (NEGATION.contains(w) && !notOnly && (t.is(c, "advmod") || t.is(c, "neg") || t.is(c, "det"))
                    && !acrossBoundary(toks, c, p)) {
                return true; // "nicht nur … sondern auch" is no negation
            }
            if (noun && (NO.contains(w) && t.is(c, "det") || WITHOUT.contains(w) && t.is(c, "case"))) {
                return true; // "keine Lieferungen", "without an agreement"
            }
            if (!noun && (t.relation(c).equals("obj") || t.relation(c).equals("dobj")) && hasNo(t, c)) {
                return true; // "liefert keine Waffen", "gave no reason"
            }
        }
        return false;
    }

    /** "Für Schweden gilt das nicht: Ankara wirft …": a colon or semicolon between them ends the negation's clause. */
    private static boolean acrossBoundary(List<Token> toks, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            String w = toks.get(k).word();
            if (w.equals(":") || w.equals(";")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNo(DependencyTree t, int noun) {
        for (int d : t.children(noun)) {
            if ((t.is(d, "det") || t.is(d, "advmod")) && NO.contains(lower(t.sentence().tokens().get(d)))) {
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
        int phrase = ArgumentFinder.phraseHead(t, p);
        String cs = ArgumentFinder.caseOf(t, phrase);
        boolean goal = cs != null && (cs.equals("zu") || cs.equals("zum") || cs.equals("zur") || cs.equals("for"));
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

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
