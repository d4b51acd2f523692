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
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Tells an event that happened from one that is planned, only possible, or negated. Negation: "nicht", "kein",
 * "not", "never", "no" on the predicate. Hypothetical: conditional and possibility modals ("könnte", "würde", "could",
 * "would", "might"), "wenn"/"falls"/"if" clauses, questions. Planned: future auxiliaries ("will", "wird" + infinitive),
 * "soll"/"sollen" + infinitive, intention ("wolle", "plant", "beabsichtigt", "intends", "plans to", "is expected to"),
 * nominal predicates introduced as goals ("zu dem Treffen", "geplante", "bevorstehende", "upcoming"), and a time in
 * the future of the publication day.
 */
final class ModalityFinder {
    private static final Set<String> NEGATION = Set.of("nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem",
            "keiner", "not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL = Set.of("könnte", "könnten", "würde", "würden", "dürfte",
            "dürften", "möge", "could", "would", "might", "may");
    private static final Set<String> CONDITION = Set.of("wenn", "falls", "sofern", "if", "unless", "ob", "whether");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wird", "werden", "werde", "wirst",
            "soll", "sollen", "solle", "wolle", "wollen", "plant", "planen", "beabsichtigt", "beabsichtigen");
    private static final Set<String> PERFECT = Set.of("haben", "habe", "hat", "sein", "sei", "ist", "have", "has",
            "had");
    private static final Set<String> INTENT_VERBS = Set.of("plan", "intend", "expect", "seek", "aim", "prepare", "hope",
            "want", "agree", "planen", "beabsichtigen", "wollen", "vorhaben", "erwarten", "hoffen", "vereinbaren");
    private static final Set<String> PLANNED_ADJ = Set.of("geplant", "geplante", "geplanten", "bevorstehend",
            "bevorstehende", "bevorstehenden", "kommende", "kommenden", "planned", "upcoming", "expected", "proposed",
            "possible", "mögliche", "möglichen", "erneutes", "erneute", "erneuten");

    private ModalityFinder() {}

    static Modality of(DependencyTree t, int p, Predicate pred, Timex time, LocalDate published) {
        Sentence s = t.sentence();
        List<Token> toks = s.tokens();
        for (int c : t.children(p)) {
            String w = lower(toks.get(c));
            boolean notOnly = c + 1 < toks.size() && (lower(toks.get(c + 1)).equals("nur") || lower(toks.get(c + 1)).equals("only"));
            if (NEGATION.contains(w) && !notOnly && (t.is(c, "advmod") || t.is(c, "neg") || t.is(c, "det"))) {
                return Modality.NEGATED; // "nicht nur … sondern auch" is no negation
            }
        }
        for (int c : t.children(p)) {
            String w = lower(toks.get(c));
            if ((t.is(c, "aux") || t.is(c, "advmod")) && HYPOTHETICAL.contains(w)) {
                return Modality.HYPOTHETICAL;
            }
            if (t.is(c, "mark") && CONDITION.contains(w)) {
                return Modality.HYPOTHETICAL;
            }
        }
        if (pred.noun() && hypotheticalGovernor(t, p)) {
            return Modality.HYPOTHETICAL;
        }
        if (questionOfMainClause(t, p)) {
            return Modality.HYPOTHETICAL;
        }
        if (planned(t, p, pred)) {
            return Modality.PLANNED;
        }
        if (time != null && published != null && future(time.value(), published)) {
            return Modality.PLANNED;
        }
        return Modality.OCCURRED;
    }

    private static boolean planned(DependencyTree t, int p, Predicate pred) {
        List<Token> toks = t.sentence().tokens();
        boolean perfect = false;
        boolean future = false;
        for (int c : t.children(p)) {
            String w = lower(toks.get(c));
            if (t.is(c, "aux") && PERFECT.contains(w)) {
                perfect = true; // "soll … geschickt haben": a report about the past, not a plan
            }
            if (t.is(c, "aux") && FUTURE.contains(w)) {
                future = true;
            }
        }
        if (future && !perfect) {
            return true;
        }
        for (int c : t.children(p)) {
            String w = lower(toks.get(c));
            if (pred.noun() && (t.is(c, "amod") || t.is(c, "det")) && PLANNED_ADJ.contains(w)) {
                return true;
            }
        }
        if (pred.noun()) {
            // "reist zu dem Treffen", "on his way to the summit": the event is the goal of the movement
            String cs = ArgumentFinder.caseOf(t, p);
            if (cs != null && (cs.equals("zu") || cs.equals("zum") || cs.equals("for") || cs.equals("ahead"))) {
                return true;
            }
        }
        int h = t.head(p);
        if (h >= 0 && (t.is(p, "xcomp") || t.is(p, "ccomp")) && INTENT_VERBS.contains(toks.get(h).lemma())) {
            return true;
        }
        return false;
    }

    private static boolean hypotheticalGovernor(DependencyTree t, int p) {
        int h = t.head(p);
        if (h < 0) {
            return false;
        }
        for (int c : t.children(h)) {
            if (t.is(c, "aux") && HYPOTHETICAL.contains(lower(t.sentence().tokens().get(c)))) {
                return true;
            }
        }
        return false;
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
