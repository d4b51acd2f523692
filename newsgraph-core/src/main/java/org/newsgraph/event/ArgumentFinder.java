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
 * Finds the head tokens of a predicate's source, target and place phrases in the dependency tree: the subject (or the
 * passive agent, or the controller of an infinitive) as source, the lexicon's target slots as target, and for
 * nominalisations the possessor, the genitive, a compound part or the subject of the verb they are an argument of.
 */
final class ArgumentFinder {
    /** Verbs whose object, not their subject, does what their infinitive says ("urged Beijing to end …"). */
    static final Set<String> OBJECT_CONTROL = Set.of("ask", "urge", "call", "press", "force", "tell", "order",
            "persuade", "invite", "allow", "encourage", "want", "auffordern", "bitten", "drängen", "zwingen",
            "einladen", "ermutigen", "erlauben", "fordern", "aufrufen", "vorwerfen", "werfen", "beschuldigen",
            "accuse", "blame");
    /** Relations by which a nominal predicate is an argument of its verb ("verhängte Sanktionen", "zu dem Treffen"). */
    private static final Set<String> NOMINAL_ARGUMENT = Set.of("obj", "dobj", "iobj", "obl", "nsubj:pass", "nmod");

    private ArgumentFinder() {}

    /** Candidate heads of the source phrase, best first; -1 marks the actor inside the predicate's own compound. */
    static List<Integer> sources(DependencyTree t, int p, Predicate pred) {
        List<Integer> out = new ArrayList<>();
        if (pred.guests()) {
            return guests(t, p);
        }
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
            out.add(-1);
            int verb = governingVerb(t, p);
            if (verb >= 0) {
                out.addAll(controllers(t, verb, 0));
                out.addAll(agents(t, verb)); // "Evidence against Russia was presented by the US"
            }
            return out;
        }
        out.addAll(subjects(t, p));
        out.addAll(agents(t, p));
        if (out.isEmpty() && pred.type() == PloverType.MOBILIZE) {
            out.addAll(owners(t, p));
        }
        if (out.isEmpty()) {
            out.addAll(controllers(t, p, 0));
        }
        return out;
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
                        || (t.is(c, "nmod") && caseOf(t, c) == null)) {
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
    static List<Integer> controllers(DependencyTree t, int v, int depth) {
        List<Integer> subj = subjects(t, v);
        if (subj.isEmpty() && depth > 0) {
            subj.addAll(t.children(v, "nsubj:pass")); // "He is expected to hold talks": the raised subject
        }
        if (!subj.isEmpty() || depth > 2) {
            return subj;
        }
        int h = t.head(v);
        if (h >= 0 && gardenPath(t, v, h)) {
            return subjects(t, h);
        }
        boolean complement = t.is(v, "xcomp") || t.is(v, "ccomp") || t.is(v, "conj") || participial(t, v);
        if (h < 0 || !complement || !isVerb(t, h)) {
            return subj;
        }
        if (t.is(v, "xcomp") && OBJECT_CONTROL.contains(t.sentence().tokens().get(h).lemma())) {
            List<Integer> objects = new ArrayList<>();
            for (int c : t.children(h)) {
                if (t.relation(c).equals("obj") || t.is(c, "iobj") || t.relation(c).equals("dobj")
                        || bareArgument(t, c)) {
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
    private static List<Integer> guests(DependencyTree t, int p) {
        List<Integer> out = new ArrayList<>();
        int verb = governingVerb(t, p);
        int phrase = phraseHead(t, p);
        if (verb < 0 || !isCase(t, phrase, "zu", "unter", "among")) {
            return out; // "empfing seinen Gast": the guest is someone named before
        }
        for (int c : t.children(verb)) {
            if (c != phrase && (t.is(c, "nsubj") || t.is(c, "obl") || t.is(c, "obj") || t.is(c, "nmod"))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The agent of a passive verb ("released by Putin", "von Russland angegriffen"). */
    private static List<Integer> agents(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(v)) {
            if (t.is(c, "obl:agent") || (t.is(c, "obl") && hasPassiveSubject(t, v) && isCase(t, c, "von", "by"))) {
                out.add(c);
            }
        }
        return out;
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
            String w = t.sentence().tokens().get(m).word().toLowerCase(Locale.ROOT);
            if (!w.equals("to") && !w.equals("um") && !w.equals("zu")) {
                return false;
            }
        }
        return subjects(t, v).isEmpty();
    }

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

    private static boolean hasPassiveSubject(DependencyTree t, int v) {
        return !t.children(v, "nsubj:pass").isEmpty() || !t.children(v, "aux:pass").isEmpty();
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

    /** Candidate heads of the target phrase, in the lexicon's order of preference. */
    static List<Integer> targets(DependencyTree t, int p, Predicate pred) {
        List<Integer> out = new ArrayList<>();
        for (String slot : pred.targets()) {
            for (int c : t.children(p)) {
                if (matches(t, c, slot)) {
                    add(out, c);
                }
            }
            if (slot.equals("clause")) {
                for (int c : t.children(p)) {
                    if (t.is(c, "ccomp") || t.is(c, "xcomp")) {
                        subjects(t, c).forEach(s -> add(out, s));
                    }
                }
            }
            if (slot.equals("if")) {
                conditionSubjects(t, p).forEach(s -> add(out, s));
            }
            if (slot.equals("purpose")) {
                purposeSubjects(t, pred.noun() ? governingVerb(t, p) : p).forEach(s -> add(out, s));
            }
        }
        // "released the mayor … jailed a year ago", parsed as a small clause: its subject is the object
        if (pred.targets().contains("obj") && t.children(p).stream().noneMatch(c -> objectLike(t, c))) {
            for (int c : t.children(p, "xcomp")) {
                subjects(t, c).forEach(x -> add(out, x));
            }
        }
        // "das … die Krim … anerkannt hat": with an active subject present, a "passive subject" is the object
        if (!t.children(p, "nsubj").isEmpty()) {
            t.children(p, "nsubj:pass").forEach(c -> add(out, c));
        }
        // a loose apposition on the subject ("die russische Armee Nordkorea") is the other argument
        for (int s : subjects(t, p)) {
            for (int c : t.children(s)) {
                if (ArgumentResolver.looseApposition(t, s, c)) {
                    add(out, c);
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
            if (objectLike(t, o)) {
                for (int c : t.children(o)) {
                    for (String slot : pred.targets()) {
                        if (slot.startsWith("prep:") && matches(t, c, slot)) {
                            add(out, c);
                        }
                    }
                }
            }
        }
        // "suspend the countermeasures it has taken against the United States": the relative clause on the object
        for (int o : t.children(p)) {
            if (objectLike(t, o)) {
                for (int r : relativeClauses(t, p, o)) {
                    for (int c : t.children(r)) {
                        for (String slot : pred.targets()) {
                            if (slot.startsWith("prep:") && matches(t, c, slot)) {
                                add(out, c);
                            }
                        }
                    }
                }
            }
        }
        // a nominal predicate's phrase often hangs on its verb: "reagierte auf UNO-Sanktionen gegen Pyongyang", in
        // German also just before the noun ("hat Chinas Armee rund um Taiwan zweitägige Militärübungen begonnen")
        int phrase = phraseHead(t, p);
        if (pred.noun() && t.head(phrase) >= 0) {
            int[] span = t.span(phrase);
            boolean german = "NOUN".equals(t.sentence().tokens().get(p).pos()); // the German model tags in UD
            for (int c : t.children(t.head(phrase))) {
                boolean after = c > span[1] && c <= span[1] + 3;
                boolean before = german && c < span[0] && t.span(c)[1] >= span[0] - 1;
                if ((after || before) && c != phrase) {
                    for (String slot : pred.targets()) {
                        if (matches(t, c, slot)) {
                            add(out, c);
                        }
                    }
                }
            }
        }
        if (pred.symmetric()) {
            for (int s : sources(t, p, pred)) {
                if (s >= 0) {
                    t.children(s, "conj").forEach(c -> add(out, c));
                }
            }
        }
        return out;
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
                String w = t.sentence().tokens().get(m).word().toLowerCase(Locale.ROOT);
                if (w.equals("if") || w.equals("unless") || w.equals("wenn") || w.equals("falls")) {
                    out.addAll(subjects(t, c));
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
            boolean pronounSubject = subjects(t, r).stream().anyMatch(x -> t.sentence().tokens().get(x).pos().startsWith("PRP")
                    || "PRON".equals(t.sentence().tokens().get(x).pos()));
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
                String w = t.sentence().tokens().get(m).word().toLowerCase(Locale.ROOT);
                if (w.equals("dass") || w.equals("damit") || w.equals("so")) {
                    out.addAll(subjects(t, c));
                }
            }
        }
        return out;
    }

    private static void strayNames(DependencyTree t, int node, int depth, List<Integer> out) {
        if (depth > 3) {
            return;
        }
        for (int c : t.children(node)) {
            boolean nameLike = t.is(c, "flat") || t.is(c, "appos") || t.is(c, "nmod") && caseOf(t, c) == null;
            boolean dateName = nameLike && "PROPN".equals(t.sentence().tokens().get(c).pos())
                    && TimeWords.isDayOrMonth(t.sentence().tokens().get(node).word());
            if (ArgumentResolver.looseApposition(t, node, c) || dateName) {
                add(out, c);
            } else if (!t.is(c, "acl") && !t.is(c, "ccomp") && !t.is(c, "advcl")) {
                strayNames(t, c, depth + 1, out);
            }
        }
    }

    private static void add(List<Integer> out, int c) {
        if (!out.contains(c)) {
            out.add(c);
        }
    }

    private static boolean matches(DependencyTree t, int c, String slot) {
        switch (slot) {
            case "obj":
                return t.relation(c).equals("obj") || t.relation(c).equals("dobj") || bareArgument(t, c);
            case "iobj":
                // the German parser often labels dative objects "obj"; non-actors are filtered out later
                return t.is(c, "iobj") || t.relation(c).equals("obj") || bareArgument(t, c);
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
        return t.is(c, "obl") && cs != null && Set.of("about", "around", "nearly", "some", "over").contains(cs);
    }

    /** "Washington warnte Pjöngjang": the German parser labels some objects "obl:arg" (with no preposition). */
    private static boolean bareArgument(DependencyTree t, int c) {
        return t.relation(c).equals("obl:arg") && caseOf(t, c) == null;
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

    static boolean isVerb(DependencyTree t, int k) {
        String pos = t.sentence().tokens().get(k).pos();
        return "VERB".equals(pos) || (pos != null && pos.startsWith("VB"));
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
                    || (p.equals("in") && (cs.equals("im") || cs.equals("ins")))
                    || (p.equals("an") && (cs.equals("am") || cs.equals("ans")))) {
                return true;
            }
        }
        return false;
    }
}
