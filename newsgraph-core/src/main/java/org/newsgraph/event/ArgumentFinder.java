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
import org.newsgraph.nlp.DependencyTree;

/**
 * Finds the head tokens of a predicate's source, target and place phrases in the dependency tree: the subject (or the
 * passive agent) as source, the lexicon's target slots as target, and for nominalisations the possessor, the genitive,
 * a compound part or the governing verb's subject as source.
 */
final class ArgumentFinder {
    private ArgumentFinder() {}

    /** Candidate heads of the source phrase, best first. */
    static List<Integer> sources(DependencyTree t, int p, Predicate pred) {
        List<Integer> out = new ArrayList<>();
        if (pred.noun()) {
            for (int c : t.children(p)) {
                if (t.is(c, "nmod:poss") || (t.is(c, "nmod") && caseOf(t, c) == null && c < p)
                        || t.is(c, "amod") || t.is(c, "compound")) {
                    out.add(c);
                }
            }
            for (int c : t.children(p)) {
                if (t.is(c, "nmod") && caseOf(t, c) == null && c > p && !out.contains(c)) {
                    out.add(c); // German postnominal genitive: "das Treffen Putins"
                }
            }
            out.add(-1); // marker: the actor inside the predicate's own compound ("UNO-Sanktionen") comes next
            int head = governingVerb(t, p);
            if (head >= 0) {
                out.addAll(subjects(t, head));
            }
            return out;
        }
        out.addAll(subjects(t, p));
        for (int c : t.children(p)) {
            if (t.is(c, "obl:agent") || (t.is(c, "obl") && hasPassiveSubject(t, p) && isCase(t, c, "von", "by"))) {
                out.add(c);
            }
        }
        // controlled subject: "Kim plans to visit Russia", "Kim beabsichtigt, Russland zu besuchen"
        if (out.isEmpty() && (t.is(p, "xcomp") || t.is(p, "ccomp") || t.is(p, "conj")) && t.head(p) >= 0) {
            out.addAll(subjects(t, t.head(p)));
        }
        return out;
    }

    private static List<Integer> subjects(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(v)) {
            if (t.relation(c).equals("nsubj") || (t.is(c, "nsubj:pass") && perfectWithSein(t, v))) {
                out.add(c);
            }
        }
        return out;
    }

    /** "ist abgereist": the German parser labels the perfect with "sein" as a passive; its subject is the agent. */
    private static boolean perfectWithSein(DependencyTree t, int v) {
        for (int c : t.children(v, "aux:pass")) {
            String l = t.sentence().tokens().get(c).lemma();
            if ("sein".equals(l)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPassiveSubject(DependencyTree t, int v) {
        return !t.children(v, "nsubj:pass").isEmpty() || !t.children(v, "aux:pass").isEmpty();
    }

    /** The verb a nominal predicate depends on ("verhängte Sanktionen", "reiste zu dem Treffen"). */
    private static int governingVerb(DependencyTree t, int p) {
        int h = t.head(p);
        for (int hops = 0; h >= 0 && hops < 2; hops++) {
            String pos = t.sentence().tokens().get(h).pos();
            if ("VERB".equals(pos) || (pos != null && pos.startsWith("VB"))) {
                return h;
            }
            h = t.head(h);
        }
        return -1;
    }

    /** Candidate heads of the target phrase, in the lexicon's order of preference. */
    static List<Integer> targets(DependencyTree t, int p, Predicate pred) {
        List<Integer> out = new ArrayList<>();
        for (String slot : pred.targets()) {
            for (int c : t.children(p)) {
                if (matches(t, c, slot) && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        // "das … die Krim … anerkannt hat": with an active subject present, a "passive subject" is the object
        if (!t.children(p, "nsubj").isEmpty()) {
            for (int c : t.children(p, "nsubj:pass")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        // a loose apposition on the subject ("die russische Armee Nordkorea") is the other argument
        for (int s : subjects(t, p)) {
            for (int c : t.children(s)) {
                if (ArgumentResolver.looseApposition(t, s, c)) {
                    out.add(c);
                }
            }
        }
        // a nominal predicate's phrase often hangs on its verb: "reagierte auf UNO-Sanktionen gegen Pyongyang"
        int phrase = p;
        while (t.head(phrase) >= 0 && (t.is(phrase, "flat") || t.is(phrase, "compound"))) {
            phrase = t.head(phrase); // "UNO" "-" "Sanktionen": the phrase is headed by "UNO"
        }
        if (pred.noun() && t.head(phrase) >= 0) {
            int[] span = t.span(phrase);
            for (int c : t.children(t.head(phrase))) {
                if (c > span[1] && c <= span[1] + 3 && c != phrase) {
                    for (String slot : pred.targets()) {
                        if (matches(t, c, slot) && !out.contains(c)) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        if (pred.symmetric()) {
            for (int s : sources(t, p, pred)) {
                if (s >= 0) {
                    out.addAll(t.children(s, "conj"));
                }
            }
        }
        return out;
    }

    private static boolean matches(DependencyTree t, int c, String slot) {
        switch (slot) {
            case "obj":
                return t.relation(c).equals("obj") || t.relation(c).equals("dobj");
            case "iobj":
                // the German parser often labels dative objects "obj"; non-actors are filtered out later
                return t.is(c, "iobj") || t.relation(c).equals("obj");
            case "subjpass":
                return t.is(c, "nsubj:pass");
            case "gen":
                return t.is(c, "nmod") && caseOf(t, c) == null;
            case "poss":
                return t.is(c, "nmod:poss");
            case "of":
                return t.is(c, "nmod") && isCase(t, c, "of");
            default:
                if (slot.startsWith("prep:")) {
                    return (t.is(c, "obl") || t.is(c, "nmod") || t.is(c, "advcl")) && isCase(t, c, slot.substring(5));
                }
                return false;
        }
    }

    /** Prepositional phrases that can name a place ("in Wladiwostok", "nach Russland", "to Moscow"). */
    static List<Integer> places(DependencyTree t, int p) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(p)) {
            if ((t.is(c, "obl") || t.is(c, "nmod")) && isCase(t, c, "in", "im", "nach", "to", "at", "auf", "bei")) {
                out.add(c);
            }
        }
        return out;
    }

    /** True when the predicate governs a phrase with preposition {@code prep} ("aus dem Land"). */
    static boolean governs(DependencyTree t, int p, String prep) {
        for (int c : t.children(p)) {
            if (isCase(t, c, prep)) {
                return true;
            }
        }
        return false;
    }

    static String caseOf(DependencyTree t, int c) {
        for (int k : t.children(c)) {
            if (t.is(k, "case")) {
                return t.sentence().tokens().get(k).word().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    static boolean isCase(DependencyTree t, int c, String... preps) {
        String cs = caseOf(t, c);
        if (cs == null) {
            return false;
        }
        for (String p : preps) {
            if (p.equals(cs) || (p.equals("zu") && (cs.equals("zum") || cs.equals("zur")))
                    || (p.equals("in") && cs.equals("im")) || (p.equals("an") && cs.equals("am"))) {
                return true;
            }
        }
        return false;
    }
}
