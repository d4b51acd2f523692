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
import org.newsgraph.nlp.DependencyTree;

/**
 * Finds the candidate heads of a predicate's target phrase, best first, each with the rule that found it: the
 * lexicon's slots in order ({@code obj}, {@code iobj}, {@code prep:P}, {@code gen}, {@code poss}, {@code of},
 * {@code clause}, {@code if}, {@code purpose}, {@code subjpass}), then phrases the parser hung elsewhere: the subject
 * of a small clause, a "passive subject" beside an active one, a loose apposition on the subject, a name hung on a day,
 * the object's own phrase or relative clause, a nominal predicate's phrase on its verb, and for joint acts the
 * conjuncts of the subject.
 */
final class TargetHeads {
    private static final Set<String> IF_MARKS = Words.of("if-marks");
    private static final Set<String> PURPOSE_CLAUSE_MARKS = Words.of("purpose-clause-marks");

    private TargetHeads() {}

    /** Candidate target heads of the predicate at {@code p}, without repeats. */
    static List<Draft.Head> of(DependencyTree t, int p, Predicate pred) {
        List<Draft.Head> out = new ArrayList<>();
        for (String slot : pred.targets()) {
            for (int c : t.children(p)) {
                if (matches(t, c, slot)) {
                    add(out, c, slot);
                }
            }
            if (slot.equals("clause")) {
                for (int c : t.children(p)) {
                    if (t.is(c, "ccomp") || t.is(c, "xcomp")) {
                        Syntax.subjects(t, c).forEach(s -> add(out, s, "clause"));
                    }
                }
            }
            if (slot.equals("if")) {
                conditionSubjects(t, p).forEach(s -> add(out, s, "if"));
            }
            if (slot.equals("purpose")) {
                purposeSubjects(t, pred.noun() ? Syntax.governingVerb(t, p) : p).forEach(s -> add(out, s, "purpose"));
            }
        }
        // "released the mayor … jailed a year ago", parsed as a small clause: its subject is the object
        if (pred.targets().contains("obj") && t.children(p).stream().noneMatch(c -> Syntax.objectLike(t, c))) {
            for (int c : t.children(p, "xcomp")) {
                Syntax.subjects(t, c).forEach(x -> add(out, x, "small-clause"));
            }
        }
        // "das … die Krim … anerkannt hat": with an active subject present, a "passive subject" is the object
        if (!t.children(p, "nsubj").isEmpty()) {
            t.children(p, "nsubj:pass").forEach(c -> add(out, c, "passive-object"));
        }
        // a loose apposition on the subject ("die russische Armee Nordkorea") is the other argument
        for (int s : Syntax.subjects(t, p)) {
            for (int c : t.children(s)) {
                if (ArgumentResolver.looseApposition(t, s, c)) {
                    add(out, c, "apposition");
                }
            }
        }
        // a name the parser hung on a time or another phrase ("in der Nacht zum Sonntag Israel angegriffen", "in
        // seiner Antrittsrede Peking aufgefordert") is the object the verb lacks
        if (!pred.noun() && (pred.targets().contains("obj") || pred.targets().contains("iobj"))) {
            for (int c : t.children(p)) {
                if (!t.relation(c).startsWith("nsubj")) {
                    strayNames(t, c, 0, out);
                }
            }
        }
        // "ratified an agreement with the EU", "lift the sanctions on Iran": the object's own phrase names the target
        for (int o : t.children(p)) {
            if (Syntax.objectLike(t, o)) {
                slotPhrases(t, t.children(o), pred, "object-phrase", out);
            }
        }
        // "suspend the countermeasures it has taken against the United States": the relative clause on the object
        for (int o : t.children(p)) {
            if (Syntax.objectLike(t, o)) {
                for (int r : relativeClauses(t, p, o)) {
                    slotPhrases(t, t.children(r), pred, "relative-clause", out);
                }
            }
        }
        // a nominal predicate's phrase often hangs on its verb: "reagierte auf UNO-Sanktionen gegen Pyongyang", in
        // German also just before the noun ("hat Chinas Armee rund um Taiwan zweitägige Militärübungen begonnen")
        int phrase = Syntax.phraseHead(t, p);
        if (pred.noun() && t.head(phrase) >= 0) {
            int[] span = t.span(phrase);
            boolean german = "NOUN".equals(t.sentence().tokens().get(p).pos()); // the German model tags in UD
            for (int c : t.children(t.head(phrase))) {
                boolean after = c > span[1] && c <= span[1] + 3;
                boolean before = german && c < span[0] && t.span(c)[1] >= span[0] - 1;
                if ((after || before) && c != phrase) {
                    for (String slot : pred.targets()) {
                        if (matches(t, c, slot)) {
                            add(out, c, "verb-phrase");
                        }
                    }
                }
            }
        }
        if (pred.symmetric()) {
            for (int s : SourceHeads.tokens(t, p, pred)) {
                if (s >= 0) {
                    t.children(s, "conj").forEach(c -> add(out, c, "co-subject"));
                }
            }
        }
        return out;
    }

    /** Phrases among {@code nodes} that fill one of the predicate's {@code prep:P} slots. */
    private static void slotPhrases(DependencyTree t, List<Integer> nodes, Predicate pred, String rule,
            List<Draft.Head> out) {
        for (int c : nodes) {
            for (String slot : pred.targets()) {
                if (slot.startsWith("prep:") && matches(t, c, slot)) {
                    add(out, c, rule);
                }
            }
        }
    }

    /**
     * "threatened tariffs if Moscow does not agree": whom a threat is aimed at is the subject of its condition, also
     * where the parser hung the condition on a clause inside the threat's object ("tariffs on countries that buy
     * Russian oil if Moscow does not agree").
     */
    private static List<Integer> conditionSubjects(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < t.sentence().tokens().size(); c++) {
            if (!t.is(c, "advcl") || !t.dominates(v, c)) {
                continue;
            }
            for (int m : t.children(c, "mark")) {
                if (IF_MARKS.contains(t.sentence().tokens().get(m).word().toLowerCase(Locale.ROOT))) {
                    out.addAll(Syntax.subjects(t, c));
                }
            }
        }
        return out;
    }

    /**
     * The relative clauses on an object; also a clause without a relative word that the parser hung on the verb right
     * after the object ("suspend the countermeasures it has taken against …").
     */
    private static List<Integer> relativeClauses(DependencyTree t, int p, int o) {
        List<Integer> out = new ArrayList<>(t.children(o, "acl"));
        int end = t.span(o)[1];
        for (int r : t.children(p, "parataxis")) {
            boolean adjacent = t.span(r)[0] == end + 1;
            boolean pronounSubject = Syntax.subjects(t, r).stream().anyMatch(x -> t.sentence().tokens().get(x).pos()
                    .startsWith("PRP") || "PRON".equals(t.sentence().tokens().get(x).pos()));
            if (adjacent && pronounSubject) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * "sorgte mit Lieferungen dafür, dass Nordkorea … überlebte", "sent aid so that Gaza …": who benefits is the
     * subject of the clause of purpose.
     */
    private static List<Integer> purposeSubjects(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>();
        if (v < 0) {
            return out;
        }
        List<Integer> clauses = new ArrayList<>();
        for (int c : t.children(v)) {
            clauses.add(c);
            clauses.addAll(t.children(c)); // "dafür, dass …" hangs on the correlate "dafür"
        }
        for (int c : clauses) {
            if (!(t.is(c, "ccomp") || t.is(c, "advcl") || t.is(c, "acl"))) {
                continue;
            }
            for (int m : t.children(c, "mark")) {
                if (PURPOSE_CLAUSE_MARKS.contains(t.sentence().tokens().get(m).word().toLowerCase(Locale.ROOT))) {
                    out.addAll(Syntax.subjects(t, c));
                }
            }
        }
        return out;
    }

    private static void strayNames(DependencyTree t, int node, int depth, List<Draft.Head> out) {
        if (depth > 3) {
            return;
        }
        for (int c : t.children(node)) {
            boolean nameLike = t.is(c, "flat") || t.is(c, "appos") || t.is(c, "nmod") && Syntax.caseOf(t, c) == null;
            boolean dateName = nameLike && "PROPN".equals(t.sentence().tokens().get(c).pos())
                    && TimeWords.isDayOrMonth(t.sentence().tokens().get(node).word());
            if (ArgumentResolver.looseApposition(t, node, c) || dateName) {
                add(out, c, "stray-name");
            } else if (!t.is(c, "acl") && !t.is(c, "ccomp") && !t.is(c, "advcl")) {
                strayNames(t, c, depth + 1, out);
            }
        }
    }

    private static void add(List<Draft.Head> out, int c, String rule) {
        if (out.stream().noneMatch(h -> h.token() == c)) {
            out.add(new Draft.Head(c, rule));
        }
    }

    private static boolean matches(DependencyTree t, int c, String slot) {
        switch (slot) {
            case "obj":
                return t.relation(c).equals("obj") || t.relation(c).equals("dobj") || Syntax.bareArgument(t, c);
            case "iobj":
                // the German parser often labels dative objects "obj"; non-actors are filtered out later
                return t.is(c, "iobj") || t.relation(c).equals("obj") || Syntax.bareArgument(t, c);
            case "subjpass":
                return t.is(c, "nsubj:pass");
            case "gen":
                return t.is(c, "nmod") && Syntax.caseOf(t, c) == null;
            case "poss":
                return t.is(c, "nmod:poss");
            case "of":
                return t.is(c, "nmod") && Syntax.isCase(t, c, "of");
            default:
                if (slot.startsWith("prep:")) {
                    return (t.is(c, "obl") || t.is(c, "nmod") || t.is(c, "advcl"))
                            && Syntax.isCase(t, c, slot.substring(5));
                }
                return false;
        }
    }
}
