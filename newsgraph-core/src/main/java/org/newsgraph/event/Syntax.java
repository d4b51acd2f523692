/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.DependencyTree;

/**
 * What the passes read off the UD dependency tree again and again: subjects, objects, the case marker of a phrase, the
 * verb a nominal predicate is an argument of. Static and stateless; every method takes the tree and token indices.
 */
final class Syntax {
    /** Verbs whose object, not their subject, does what their infinitive says ("urged Beijing to end …"). */
    static final Set<String> OBJECT_CONTROL = Words.of("object-control-verbs");
    /** Relations by which a nominal predicate is an argument of its verb ("verhängte Sanktionen", "zu dem Treffen"). */
    private static final Set<String> NOMINAL_ARGUMENT = Set.of("obj", "dobj", "iobj", "obl", "nsubj:pass", "nmod");
    /** Words the parser takes for a preposition before a counted object ("launched about 180 missiles"). */
    private static final Set<String> NUMBER_PREPOSITIONS = Words.of("number-prepositions");
    private static final Set<String> PLACE_PREPOSITIONS = Words.of("place-prepositions");
    /** "zum" for "zu", "im" for "in", "am" for "an" when a case marker is matched against a preposition. */
    private static final Map<String, String> CASE_CONTRACTIONS = Words.pairs("case-contractions");

    private Syntax() {}

    /** The subjects of a verb; for a German perfect with "sein" ("ist abgereist") also the "passive" subject. */
    static List<Integer> subjects(DependencyTree t, int v) {
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
            if ("sein".equals(t.sentence().tokens().get(c).lemma())) {
                return true;
            }
        }
        return false;
    }

    static boolean hasPassiveSubject(DependencyTree t, int v) {
        return !t.children(v, "nsubj:pass").isEmpty() || !t.children(v, "aux:pass").isEmpty();
    }

    /**
     * "A report released Tuesday in Kigali alleged that …": the parser took the participle for the main verb and hung
     * the real one on it without a subject; the participle's subject is the real verb's.
     */
    static boolean gardenPath(DependencyTree t, int v, int h) {
        String pv = t.sentence().tokens().get(v).pos();
        String ph = t.sentence().tokens().get(h).pos();
        return (t.is(v, "dep") || t.is(v, "parataxis")) && "VBD".equals(pv) && "VBN".equals(ph) && h < v
                && t.children(h, "aux").isEmpty() && t.children(h, "aux:pass").isEmpty();
    }

    /**
     * The verb a nominal predicate is a direct argument of ("verhängte Sanktionen", "reiste zu dem Treffen", "held
     * talks"), or -1; a noun deeper in another noun's phrase ("at the start of a regional trip") has none.
     */
    static int governingVerb(DependencyTree t, int p) {
        int phrase = phraseHead(t, p);
        int h = t.head(phrase);
        if (h < 0 || !isVerb(t, h) || !NOMINAL_ARGUMENT.contains(t.relation(phrase))) {
            return -1;
        }
        return h;
    }

    /** "UNO" "-" "Sanktionen": the phrase of a compound's last part is headed by its first. */
    static int phraseHead(DependencyTree t, int p) {
        int phrase = p;
        while (t.head(phrase) >= 0 && (t.is(phrase, "flat") || t.is(phrase, "compound"))) {
            phrase = t.head(phrase);
        }
        return phrase;
    }

    /**
     * A direct object, also where the parser mistook a number word for a preposition ("launched about 180 missiles at
     * Israel") or labelled it "obl:arg".
     */
    static boolean objectLike(DependencyTree t, int c) {
        String rel = t.relation(c);
        if (rel.equals("obj") || rel.equals("dobj") || t.is(c, "iobj") || bareArgument(t, c)) {
            return true;
        }
        String cs = caseOf(t, c);
        return t.is(c, "obl") && cs != null && NUMBER_PREPOSITIONS.contains(cs);
    }

    /** "Washington warnte Pjöngjang": the German parser labels some objects "obl:arg" (with no preposition). */
    static boolean bareArgument(DependencyTree t, int c) {
        return t.relation(c).equals("obl:arg") && caseOf(t, c) == null;
    }

    /** Prepositional phrases that can name a place ("in Wladiwostok", "nach Russland", "to Moscow"). */
    static List<Integer> places(DependencyTree t, int p) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(p)) {
            if ((t.is(c, "obl") || t.is(c, "nmod")) && isCase(t, c, PLACE_PREPOSITIONS)) {
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

    static boolean isVerb(DependencyTree t, int k) {
        String pos = t.sentence().tokens().get(k).pos();
        return "VERB".equals(pos) || (pos != null && pos.startsWith("VB"));
    }

    /** The lower-cased case marker (preposition) of a phrase, or null. */
    static String caseOf(DependencyTree t, int c) {
        for (int k : t.children(c)) {
            if (t.is(k, "case")) {
                return t.sentence().tokens().get(k).word().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** True when the phrase's case marker is one of the prepositions, or a contraction of one ("zum" for "zu"). */
    static boolean isCase(DependencyTree t, int c, String... preps) {
        return isCase(t, c, List.of(preps));
    }

    static boolean isCase(DependencyTree t, int c, Collection<String> preps) {
        String cs = caseOf(t, c);
        return cs != null && (preps.contains(cs) || preps.contains(CASE_CONTRACTIONS.getOrDefault(cs, cs)));
    }
}
