/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * German subjunctive, the grammatical mark of reported speech ("er sagte, die Lage sei ernst"). The German tagger
 * gives no mood, so the forms are recognised: frequent irregular ones by list, regular third-person singular
 * Konjunktiv I as the lemma's stem plus "-e" ("gelte", "abkaufe") where the indicative would end in "-t".
 */
final class Konjunktiv {
    private static final Set<String> FORMS = Set.of("sei", "seien", "seiest", "habe", "hätte", "hätten", "werde",
            "würde", "würden", "wäre", "wären", "könne", "könnte", "könnten", "müsse", "müsste", "müssten", "solle",
            "wolle", "dürfe", "dürfte", "dürften", "gebe", "gäbe", "gäben", "wisse", "möge", "bliebe", "blieben",
            "käme", "kämen", "stünde", "stünden", "stände", "ständen", "läge", "lägen", "ginge", "gingen", "hieße",
            "sähe", "sähen", "täte", "fände", "fänden");
    /**
     * Subjunctive II forms: in reported speech they stand in for a first subjunctive that would look indicative
     * ("sie hätten"), but on their own they also speculate in the author's voice ("Das könnte … verschärfen").
     */
    private static final Set<String> SECOND = Set.of("hätte", "hätten", "würde", "würden", "wäre", "wären",
            "könnte", "könnten", "müsste", "müssten", "dürfte", "dürften", "gäbe", "gäben", "bliebe", "blieben",
            "käme", "kämen", "stünde", "stünden", "stände", "ständen", "läge", "lägen", "ginge", "gingen", "hieße",
            "sähe", "sähen", "täte", "fände", "fänden");
    /** Forms that are indicative too, after "ich" or in questions. */
    private static final Set<String> FIRST_PERSON = Set.of("habe", "werde", "gebe", "wisse");

    private Konjunktiv() {}

    /** True when the sentence reports with "soll"/"sollen" + infinitive ("Er soll geflohen sein"). */
    static boolean reportive(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.GERMAN);
            if (",".equals(w) || ";".equals(w)) {
                return false; // in a relative clause "soll" tells a plan ("…, die vereinigt werden soll")
            }
            if ((w.equals("soll") || w.equals("sollen")) && "AUX".equals(t.pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the sentence reports by its mood alone: a first subjunctive ("sei", "habe", "gelte"), or a second one
     * in the plural, where the first would look indicative ("sie hätten", "würden").
     */
    static boolean reports(Sentence s) {
        for (Token t : s.tokens()) {
            if (is(s, t)) {
                String w = t.word().toLowerCase(Locale.GERMAN);
                if (!SECOND.contains(w) || w.endsWith("en")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a finite verb of the sentence is in the subjunctive. */
    static boolean in(Sentence s) {
        return first(s) >= 0;
    }

    /** The index of the first subjunctive verb form, or -1. */
    static int first(Sentence s) {
        for (Token t : s.tokens()) {
            if (is(s, t)) {
                return t.index();
            }
        }
        return -1;
    }

    static boolean is(Sentence s, Token t) {
        String pos = t.pos();
        if (!"VERB".equals(pos) && !"AUX".equals(pos)) {
            return false;
        }
        String w = t.word().toLowerCase(Locale.GERMAN);
        if (FIRST_PERSON.contains(w) && t.index() > 0
                && "ich".equalsIgnoreCase(s.tokens().get(t.index() - 1).word())) {
            return false;
        }
        if (FORMS.contains(w)) {
            return true;
        }
        String lemma = t.lemma();
        if ((w.endsWith("ele") || w.endsWith("ere")) && w.length() > 5) {
            return true; // "handele", "ändere": only the subjunctive ends so (the lemmatizer may miss the verb)
        }
        if (lemma.endsWith("en") && lemma.length() > 4 && !w.equals(lemma)) {
            String stem = lemma.substring(0, lemma.length() - 2);
            // separable verbs keep the particle in front in subordinate clauses ("abkaufe" from "abkaufen")
            return w.equals(stem + "e") && !stem.endsWith("e");
        }
        return false;
    }
}
