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
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Resolves an argument phrase to an actor: among the mentions inside the phrase (relative clauses excluded), the one
 * nearest its head in the tree wins, persons before organisations before countries on ties ("Kims Nordkorea" is North
 * Korea; "der chinesische Vizepremier Liu Guozhong" is Liu). A relative pronoun stands for its antecedent, and the
 * antecedent of a copula ("Die Sowjetunion war das erste Land, das …") for the copula's subject.
 */
final class ArgumentResolver {
    private static final Set<String> RELATIVE = Set.of("der", "die", "das", "welcher", "welche", "welches", "who",
            "which", "that", "dem", "den", "deren", "dessen");

    private ArgumentResolver() {}

    private static final List<String> PLACE_NOUNS = List.of("stadt", "gebiet", "region", "land", "provinz", "insel",
            "hafen", "bezirk", "republik");
    private static final Set<String> PERSONAL = Set.of("er", "sie", "ihm", "ihn", "he", "she", "him", "her");

    static ActorRefs.Ref resolve(DependencyTree t, int head, ActorRefs refs, AnnotatedText text) {
        return resolve(t, head, refs, text, null);
    }

    /**
     * As {@link #resolve(DependencyTree, int, ActorRefs, AnnotatedText)}; a personal pronoun does not refer to
     * {@code notEntity} ("Putin … lud ihn ein": "ihn" is not Putin).
     */
    static ActorRefs.Ref resolve(DependencyTree t, int head, ActorRefs refs, AnnotatedText text, String notEntity) {
        int h = antecedent(t, head);
        Sentence s = t.sentence();
        Token ht = s.tokens().get(h);
        boolean pron = "PRON".equals(ht.pos()) || "PRP".equals(ht.pos());
        // "hatte dieser … verhandelt": the demonstrative as subject is the person last named
        boolean demonstrative = "dieser".equalsIgnoreCase(ht.word()) && t.relation(h).startsWith("nsubj");
        if (pron && PERSONAL.contains(ht.word().toLowerCase(Locale.ROOT)) || demonstrative) {
            return pronoun(text, s, ht, refs, notEntity);
        }
        if (pron && "it".equalsIgnoreCase(ht.word())) {
            return speakerOf(t, h, refs, text);
        }
        if (pron && ("ihnen".equalsIgnoreCase(ht.word()) || "them".equalsIgnoreCase(ht.word()))) {
            return coordinatedObject(t, h, refs, text);
        }
        int[] span = core(t, h);
        ActorRefs.Ref best = nearest(t, h, refs.within(s.tokens().get(span[0]).start(), s.tokens().get(span[1]).end()));
        if (best != null && best.start() == ht.start() && best.end() < ht.end()) {
            // "Nordkoreas UN-Vertretung": the compound names what the head is about, the possessor whose it is
            for (int c : t.children(h)) {
                if (t.is(c, "nmod:poss") || (t.is(c, "nmod") && ArgumentFinder.caseOf(t, c) == null)) {
                    int[] sp = t.span(c);
                    ActorRefs.Ref owner = nearest(t, c, refs.within(s.tokens().get(sp[0]).start(), s.tokens().get(sp[1]).end()));
                    if (owner != null) {
                        return owner;
                    }
                }
            }
        }
        if (best == null) {
            best = Definites.antecedent(t, h, refs, text);
        }
        if (best == null && ("NOUN".equals(ht.pos()) || ht.pos().startsWith("NN"))) {
            // "a report released in the Rwandan capital": a common noun with no actor of its own is placed by the
            // participle phrase that describes it (which the parser may have made its head: see gardenPath)
            List<Integer> participles = new ArrayList<>(t.children(h, "acl"));
            int g = t.head(h);
            if (g >= 0 && t.relation(h).equals("nsubj") && t.children(g).stream().anyMatch(v -> ArgumentFinder.gardenPath(t, v, g))) {
                participles.add(g);
            }
            for (int c : participles) {
                Token v = s.tokens().get(c);
                if ("VBN".equals(v.pos()) && (c == g || t.children(c, "nsubj").isEmpty())) {
                    ActorRefs.Ref r = placeIn(t, c, refs, h);
                    if (r != null && (r.type() == org.newsgraph.model.EntityType.COUNTRY
                            || r.type() == org.newsgraph.model.EntityType.LOCATION)) {
                        return r;
                    }
                }
            }
        }
        return best;
    }

    /** The nearest actor in the phrases of a participle, leaving out its subject and what follows a real verb. */
    private static ActorRefs.Ref placeIn(DependencyTree t, int participle, ActorRefs refs, int subject) {
        Sentence s = t.sentence();
        ActorRefs.Ref best = null;
        for (int c : t.children(participle)) {
            if (c == subject || !(t.is(c, "obl") || t.is(c, "nmod") || t.is(c, "advmod"))) {
                continue;
            }
            int[] sp = t.span(c);
            ActorRefs.Ref r = nearest(t, c, refs.within(s.tokens().get(sp[0]).start(), s.tokens().get(sp[1]).end()));
            if (r != null && best == null) {
                best = r;
            }
        }
        return best;
    }

    private static ActorRefs.Ref nearest(DependencyTree t, int h, List<ActorRefs.Ref> inside) {
        Sentence s = t.sentence();
        ActorRefs.Ref best = null;
        int bestScore = Integer.MAX_VALUE;
        for (ActorRefs.Ref r : inside) {
            int tok = tokenAt(s, r.start());
            if (tok < 0 || !t.dominates(h, tok) && tok != h || proAnti(s, r)
                    || r.type() == org.newsgraph.model.EntityType.OTHER) {
                continue; // an unknown kind of thing ("the Olympics") is no actor
            }
            int depth = depth(t, h, tok);
            // a name the registry does not know loses to a known actor one level further in ("Rwanda's Senate")
            int unknown = depth > 0 && r.entity().startsWith("other:") ? 15 : 0;
            // "Putin's aide Yuri Ushakov": the possessor says whose the head is, the name beside it who
            int owner = underPossessor(t, h, tok) ? 15 : 0;
            int score = depth * 10 + r.rank() + unknown + owner;
            if (score < bestScore) {
                bestScore = score;
                best = r;
            }
        }
        return best;
    }

    /** True when the token lies in a possessor phrase ("Putin's") hanging directly on the head. */
    private static boolean underPossessor(DependencyTree t, int h, int tok) {
        for (int x = tok; x >= 0 && x != h; x = t.head(x)) {
            if (t.head(x) == h) {
                return t.is(x, "nmod:poss");
            }
        }
        return false;
    }

    /** "pro-Russia rebels", "anti-American protests": the named country is what the group is for or against. */
    private static boolean proAnti(Sentence s, ActorRefs.Ref r) {
        for (Token k : s.tokens()) {
            if (k.end() <= r.start() && r.start() - k.end() <= 1) {
                String w = k.word().toLowerCase(Locale.ROOT);
                if (w.equals("pro-") || w.equals("anti-") || w.equals("pro") || w.equals("anti")) {
                    return true;
                }
            }
            if (k.start() <= r.start() && r.start() < k.end()) {
                String w = k.word().toLowerCase(Locale.ROOT);
                if (w.startsWith("pro-") || w.startsWith("anti-")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "hat die Emirate verklagt und wirft ihnen vor", "sued the Emirates and accused them": a plural object pronoun in
     * the second of two coordinated verbs stands for the first verb's object.
     */
    private static ActorRefs.Ref coordinatedObject(DependencyTree t, int pron, ActorRefs refs, AnnotatedText text) {
        int verb = t.head(pron);
        if (verb < 0 || !t.is(verb, "conj") || t.head(verb) < 0) {
            return null;
        }
        for (int o : t.children(t.head(verb))) {
            if (ArgumentFinder.objectLike(t, o)) {
                ActorRefs.Ref r = resolve(t, o, refs, text);
                if (r != null) {
                    Token p = t.sentence().tokens().get(pron);
                    return new ActorRefs.Ref(p.start(), p.end(), r.entity(), r.type(), false, p.word());
                }
            }
        }
        return null;
    }

    /**
     * "Interpol has said it will send a team", "Israel announced it would free": "it" as the subject of what a
     * country or organisation says stands for the speaker.
     */
    private static ActorRefs.Ref speakerOf(DependencyTree t, int pron, ActorRefs refs, AnnotatedText text) {
        int clause = t.head(pron);
        if (clause < 0 || !t.relation(pron).startsWith("nsubj")) {
            return null;
        }
        int say = Speech.verbOf(t, clause);
        if (say < 0) {
            return null;
        }
        for (int s : ArgumentFinder.subjects(t, say)) {
            ActorRefs.Ref r = resolve(t, s, refs, text);
            if (r != null && r.type() != org.newsgraph.model.EntityType.PERSON) {
                Token p = t.sentence().tokens().get(pron);
                return new ActorRefs.Ref(p.start(), p.end(), r.entity(), r.type(), false, p.word());
            }
        }
        return null;
    }

    /** A personal pronoun refers to the nearest person named before it in this or the previous two sentences. */
    private static ActorRefs.Ref pronoun(AnnotatedText text, Sentence s, Token pronoun, ActorRefs refs,
            String notEntity) {
        for (Token earlier : s.tokens()) {
            if (earlier.start() >= pronoun.start()) {
                break;
            }
            if (earlier.word().equalsIgnoreCase(pronoun.word())) {
                return pronoun(text, s, earlier, refs, notEntity); // "Er traf X, er traf Y": both the same person
            }
        }
        int from = text.sentences().get(Math.max(0, s.index() - 2)).start();
        ActorRefs.Ref last = null;
        for (ActorRefs.Ref r : refs.within(from, pronoun.start())) {
            if (r.type() == org.newsgraph.model.EntityType.PERSON && !r.entity().equals(notEntity)) {
                last = r;
            }
        }
        return last == null ? null : new ActorRefs.Ref(pronoun.start(), pronoun.end(), last.entity(), last.type(),
                false, pronoun.word());
    }

    /** A relative pronoun stands for the noun its clause modifies; a copula's predicate noun for the subject. */
    private static int antecedent(DependencyTree t, int head) {
        Token tok = t.sentence().tokens().get(head);
        if (!RELATIVE.contains(tok.word().toLowerCase(Locale.ROOT)) || !"PRON".equals(tok.pos()) && !tok.pos().startsWith("W")) {
            return head;
        }
        int clause = t.head(head);
        if (clause < 0 || !t.is(clause, "acl")) {
            return head;
        }
        int noun = t.head(clause);
        if (noun < 0) {
            return head;
        }
        // "Die Sowjetunion war das erste Land, das …", "Syrien ist einer der wenigen Staaten, der …"
        for (int x = noun, up = 0; x >= 0 && up < 2; x = t.is(x, "nmod") ? t.head(x) : -1, up++) {
            if (!t.children(x, "cop").isEmpty()) {
                for (int c : t.children(x, "nsubj")) {
                    return c;
                }
            }
        }
        return noun;
    }

    /** The phrase's span without relative and adverbial clauses hanging off it. */
    private static int[] core(DependencyTree t, int h) {
        int[] span = {h, h};
        extend(t, h, span);
        return span;
    }

    private static void extend(DependencyTree t, int node, int[] span) {
        for (int c : t.children(node)) {
            if (t.is(c, "acl") || t.is(c, "advcl") || t.is(c, "parataxis") || t.is(c, "punct") || t.is(c, "conj")
                    || t.is(c, "cc") || looseApposition(t, node, c)) {
                continue;
            }
            span[0] = Math.min(span[0], c);
            span[1] = Math.max(span[1], c);
            extend(t, c, span);
        }
    }

    /**
     * "die russische Armee Nordkorea … abkaufe": a bare name the parser hung on a common noun as apposition is in
     * German verb-final clauses usually the next argument, not part of this one.
     */
    static boolean looseApposition(DependencyTree t, int node, int c) {
        if (!t.is(c, "appos")) {
            return false;
        }
        List<Token> toks = t.sentence().tokens();
        boolean commonHead = "NOUN".equals(toks.get(node).pos());
        boolean bareName = "PROPN".equals(toks.get(c).pos()) && t.children(c).isEmpty();
        boolean adjacent = c == node + 1;
        return commonHead && bareName && adjacent && !placeNoun(toks.get(node));
    }

    /** "die Stadt Tallinn", "das Gebiet Kursk", "das Nachbarland Rumänien": the name after a place noun is its name. */
    private static boolean placeNoun(Token noun) {
        String w = noun.word().toLowerCase(Locale.ROOT);
        return PLACE_NOUNS.stream().anyMatch(w::endsWith);
    }

    private static int depth(DependencyTree t, int ancestor, int tok) {
        int d = 0;
        for (int x = tok; x >= 0 && x != ancestor; x = t.head(x)) {
            d++;
        }
        return d;
    }

    static int tokenAt(Sentence s, int offset) {
        for (Token k : s.tokens()) {
            if (k.start() <= offset && offset < k.end()) {
                return k.index();
            }
        }
        return -1;
    }
}
