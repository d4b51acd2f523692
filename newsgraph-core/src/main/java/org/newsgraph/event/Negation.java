/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Negation of a predicate, for {@link ModalityFinder}: "nicht", "nie", "not", "never" on the predicate, "kein"/"no" on
 * its object or on a nominal predicate, "ohne"/"without" before one; "nicht nur" is none, and "schließt … nicht aus",
 * "did not rule out" make a possibility, not a negation.
 */
final class Negation {
    private static final Set<String> NEGATION = Words.of("negation");
    private static final Set<String> NO = Words.of("no-determiners");
    private static final Set<String> WITHOUT = Words.of("without");
    /** "nicht nur", "not only": no negation. */
    private static final Set<String> ONLY = Words.of("only");
    /** "ausschließen", "exclude"; "schließen … aus", "rule … out". */
    private static final Set<String> RULE_OUT = Words.of("rule-out-verbs");
    private static final Set<String> RULE_OUT_STEMS = Words.of("rule-out-stems");
    private static final String[] RULE_OUT_PARTICLES = Words.of("rule-out-particles").toArray(String[]::new);

    private Negation() {}

    /** "Russland schließe eine Zusammenarbeit nicht aus", "did not rule out talks": a possibility, not a negation. */
    static boolean notRuledOut(DependencyTree t, int clause, int p) {
        if (clause < 0 || clause == p && !Syntax.isVerb(t, clause)) {
            return false;
        }
        String lemma = t.sentence().tokens().get(clause).lemma();
        boolean ruleOut = RULE_OUT.contains(lemma)
                || RULE_OUT_STEMS.contains(lemma) && hasParticle(t, clause, RULE_OUT_PARTICLES);
        return ruleOut && clause != p && negated(t, clause, null);
    }

    private static boolean hasParticle(DependencyTree t, int v, String... particles) {
        for (int c : t.children(v)) {
            String w = ModalityFinder.lower(t.sentence().tokens().get(c));
            for (String prt : particles) {
                if (w.equals(prt) && (t.is(c, "compound") || t.is(c, "advmod") || t.is(c, "obl") || t.is(c, "mark"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the predicate at {@code p} is negated: "nicht", "nie", "not", "never" on it (not across a colon),
     * "kein"/"no" on a nominal predicate or on a verb's object, "ohne"/"without" before a nominal predicate
     * ({@code pred} null: a verb).
     */
    static boolean negated(DependencyTree t, int p, Predicate pred) {
        List<Token> toks = t.sentence().tokens();
        boolean noun = pred != null && pred.noun();
        for (int c : t.children(p)) {
            String w = ModalityFinder.lower(toks.get(c));
            boolean notOnly = c + 1 < toks.size() && ONLY.contains(ModalityFinder.lower(toks.get(c + 1)));
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
            if ((t.is(d, "det") || t.is(d, "advmod")) && NO.contains(ModalityFinder.lower(t.sentence().tokens().get(d)))) {
                return true;
            }
        }
        return false;
    }
}
