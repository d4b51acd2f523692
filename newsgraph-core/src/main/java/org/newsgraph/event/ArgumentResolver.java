/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

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

    private static final Set<String> PERSONAL = Set.of("er", "sie", "ihm", "ihn", "he", "she", "him", "her");

    static ActorRefs.Ref resolve(DependencyTree t, int head, ActorRefs refs, AnnotatedText text) {
        int h = antecedent(t, head);
        Sentence s = t.sentence();
        Token ht = s.tokens().get(h);
        if (PERSONAL.contains(ht.word().toLowerCase(Locale.ROOT)) && ("PRON".equals(ht.pos()) || "PRP".equals(ht.pos()))) {
            return pronoun(text, s, ht, refs);
        }
        int[] span = core(t, h);
        List<ActorRefs.Ref> inside = refs.within(s.tokens().get(span[0]).start(), s.tokens().get(span[1]).end());
        ActorRefs.Ref best = null;
        int bestScore = Integer.MAX_VALUE;
        for (ActorRefs.Ref r : inside) {
            int tok = tokenAt(s, r.start());
            if (tok < 0 || !t.dominates(h, tok) && tok != h) {
                continue;
            }
            int depth = depth(t, h, tok);
            int score = depth * 10 + r.rank();
            if (score < bestScore) {
                bestScore = score;
                best = r;
            }
        }
        return best;
    }

    /** A personal pronoun refers to the nearest person named before it in this or the previous two sentences. */
    private static ActorRefs.Ref pronoun(AnnotatedText text, Sentence s, Token pronoun, ActorRefs refs) {
        for (Token earlier : s.tokens()) {
            if (earlier.start() >= pronoun.start()) {
                break;
            }
            if (earlier.word().equalsIgnoreCase(pronoun.word())) {
                return pronoun(text, s, earlier, refs); // "Er traf X, er traf Y": both are the same person
            }
        }
        int from = text.sentences().get(Math.max(0, s.index() - 2)).start();
        ActorRefs.Ref last = null;
        for (ActorRefs.Ref r : refs.within(from, pronoun.start())) {
            if (r.type() == org.newsgraph.model.EntityType.PERSON) {
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
        if (!t.children(noun, "cop").isEmpty()) {
            for (int c : t.children(noun, "nsubj")) {
                return c;
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
        return commonHead && bareName && adjacent;
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
