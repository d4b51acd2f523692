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
import java.util.Set;
import org.newsgraph.model.PloverType;
import org.newsgraph.nlp.DependencyTree;

/**
 * Finds the candidate heads of a predicate's source phrase in the dependency tree, best first, each with the rule that
 * found it: for verbs the subject, the passive agent, the owner of troops moved by no one named, the controller of an
 * infinitive; for nouns the possessor, genitive, adjective or compound part, the actor in the noun's own compound
 * (head {@link Draft#NONE}), else the subject or agent of the verb they are an argument of.
 */
final class SourceHeads {
    private static final Set<String> PURPOSE_MARKS = Words.of("purpose-marks");

    private SourceHeads() {}

    /** Candidate source heads of the predicate at {@code p}. */
    static List<Draft.Head> of(DependencyTree t, int p, Predicate pred) {
        List<Draft.Head> out = new ArrayList<>();
        if (pred.guests()) {
            return guests(t, p);
        }
        if (pred.noun()) {
            for (int c : t.children(p)) {
                if (t.is(c, "nmod:poss")) {
                    out.add(new Draft.Head(c, "possessor"));
                } else if (t.is(c, "nmod") && Syntax.caseOf(t, c) == null && c < p) {
                    out.add(new Draft.Head(c, "genitive"));
                } else if (t.is(c, "amod")) {
                    out.add(new Draft.Head(c, "adjective"));
                } else if (t.is(c, "compound")) {
                    out.add(new Draft.Head(c, "compound"));
                }
            }
            for (int c : t.children(p)) {
                if (t.is(c, "nmod") && Syntax.caseOf(t, c) == null && c > p && !contains(out, c)) {
                    out.add(new Draft.Head(c, "genitive")); // German postnominal genitive: "das Treffen Putins"
                }
            }
            out.add(new Draft.Head(Draft.NONE, "prefix"));
            int verb = Syntax.governingVerb(t, p);
            if (verb >= 0) {
                controllers(t, verb, 0).forEach(c -> out.add(new Draft.Head(c, "verb-subject")));
                // "Evidence against Russia was presented by the US"
                agents(t, verb).forEach(c -> out.add(new Draft.Head(c, "verb-agent")));
            }
            return out;
        }
        Syntax.subjects(t, p).forEach(c -> out.add(new Draft.Head(c, "subject")));
        agents(t, p).forEach(c -> out.add(new Draft.Head(c, "agent")));
        if (out.isEmpty() && pred.type() == PloverType.MOBILIZE) {
            owners(t, p).forEach(c -> out.add(new Draft.Head(c, "owner")));
        }
        if (out.isEmpty()) {
            controllers(t, p, 0).forEach(c -> out.add(new Draft.Head(c, "controller")));
        }
        return out;
    }

    /** The candidate head tokens only (for rules that look at another predicate's doer). */
    static List<Integer> tokens(DependencyTree t, int p, Predicate pred) {
        return of(t, p, pred).stream().map(Draft.Head::token).toList();
    }

    private static boolean contains(List<Draft.Head> heads, int token) {
        return heads.stream().anyMatch(h -> h.token() == token);
    }

    /**
     * "nordkoreanische Einheiten seien nach Kursk verlegt worden", "US troops were deployed to Poland": troops moved
     * by an unnamed agent are moved by the state whose troops they are, named by the adjective or possessor of the
     * passive subject.
     */
    private static List<Integer> owners(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>();
        for (int s : t.children(v, "nsubj:pass")) {
            for (int c : t.children(s)) {
                if (t.is(c, "amod") || t.is(c, "nmod:poss") || t.is(c, "compound")
                        || (t.is(c, "nmod") && Syntax.caseOf(t, c) == null)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * Who does what a verb says when it has no subject of its own: the subject of the verb it complements or is
     * coordinated with ("Kim plans to visit Russia", "Kim beabsichtigt, Russland zu besuchen"), or that verb's object
     * for verbs like "urge" and "auffordern" ("urged Beijing to end").
     */
    private static List<Integer> controllers(DependencyTree t, int v, int depth) {
        List<Integer> subj = Syntax.subjects(t, v);
        if (subj.isEmpty() && depth > 0) {
            subj.addAll(t.children(v, "nsubj:pass")); // "He is expected to hold talks": the raised subject
        }
        if (!subj.isEmpty() || depth > 2) {
            return subj;
        }
        int h = t.head(v);
        if (h >= 0 && Syntax.gardenPath(t, v, h)) {
            return Syntax.subjects(t, h);
        }
        boolean complement = t.is(v, "xcomp") || t.is(v, "ccomp") || t.is(v, "conj") || participial(t, v);
        if (h < 0 || !complement || !Syntax.isVerb(t, h)) {
            return subj;
        }
        if (t.is(v, "ccomp") && !t.children(v, "nsubj:pass").isEmpty()) {
            // "the ministry says 14,000 people have been killed": a passive clause with a subject of its own is no
            // complement its governor's subject controls; who did it is not said
            return subj;
        }
        if (t.is(v, "xcomp") && Syntax.OBJECT_CONTROL.contains(t.sentence().tokens().get(h).lemma())) {
            List<Integer> objects = new ArrayList<>();
            for (int c : t.children(h)) {
                if (t.relation(c).equals("obj") || t.is(c, "iobj") || t.relation(c).equals("dobj")
                        || Syntax.bareArgument(t, c)) {
                    objects.add(c);
                }
            }
            if (!objects.isEmpty()) {
                return objects;
            }
        }
        return controllers(t, h, depth + 1);
    }

    /**
     * "Zu den geladenen Gästen gehörten … der chinesische Vizepremier Liu Guozhong": the phrases of the clause the
     * guest noun belongs to, other than the noun's own, name the guests.
     */
    private static List<Draft.Head> guests(DependencyTree t, int p) {
        List<Draft.Head> out = new ArrayList<>();
        int verb = Syntax.governingVerb(t, p);
        int phrase = Syntax.phraseHead(t, p);
        if (verb < 0 || !Syntax.isCase(t, phrase, "zu", "unter", "among")) {
            return out; // "empfing seinen Gast": the guest is someone named before
        }
        for (int c : t.children(verb)) {
            if (c != phrase && (t.is(c, "nsubj") || t.is(c, "obl") || t.is(c, "obj") || t.is(c, "nmod"))) {
                out.add(new Draft.Head(c, "guest"));
            }
        }
        return out;
    }

    /** The agent of a passive verb ("released by Putin", "von Russland angegriffen"). */
    private static List<Integer> agents(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(v)) {
            boolean byPhrase = t.is(c, "obl") && Syntax.hasPassiveSubject(t, v) && Syntax.isCase(t, c, "von", "by");
            if (t.is(c, "obl:agent") || byPhrase) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "…, killing at least eight people", "travelled to Ankara to meet Erdoğan", "reiste nach Moskau, um Putin zu
     * treffen": an adverbial participle or infinitive of purpose shares the subject of its clause.
     */
    private static boolean participial(DependencyTree t, int v) {
        if (!t.is(v, "advcl")) {
            return false;
        }
        List<Integer> marks = t.children(v, "mark");
        if (marks.isEmpty()) {
            return t.sentence().tokens().get(v).pos().equals("VBG");
        }
        for (int m : marks) {
            if (!PURPOSE_MARKS.contains(t.sentence().tokens().get(m).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return Syntax.subjects(t, v).isEmpty();
    }
}
