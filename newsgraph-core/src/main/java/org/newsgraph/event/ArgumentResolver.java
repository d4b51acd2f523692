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
 * Korea; "der chinesische Vizepremier Liu Guozhong" is Liu). Pronouns, relative pronouns included, are resolved by
 * {@link Pronouns}; a definite noun with no name of its own by {@link Definites}.
 */
final class ArgumentResolver {
    private static final Set<String> PLACE_NOUNS = Words.of("place-nouns");
    /** "pro-Russia", "anti-American": what a group is for or against. */
    private static final Set<String> PRO_ANTI = Words.of("pro-anti");

    private ArgumentResolver() {}

    static ActorRefs.Ref resolve(DependencyTree t, int head, ActorRefs refs, AnnotatedText text) {
        return resolve(t, head, refs, text, null);
    }

    /**
     * As {@link #resolve(DependencyTree, int, ActorRefs, AnnotatedText)}; a personal pronoun does not refer to
     * {@code notEntity} ("Putin … lud ihn ein": "ihn" is not Putin).
     */
    static ActorRefs.Ref resolve(DependencyTree t, int head, ActorRefs refs, AnnotatedText text, String notEntity) {
        int h = Pronouns.antecedent(t, head);
        if (Pronouns.refers(t, h)) {
            return Pronouns.referent(t, h, refs, text, notEntity);
        }
        Sentence s = t.sentence();
        Token ht = s.tokens().get(h);
        int[] span = core(t, h);
        ActorRefs.Ref best = nearest(t, h, refs.within(s.tokens().get(span[0]).start(), s.tokens().get(span[1]).end()));
        if (best != null && best.start() == ht.start() && best.end() < ht.end()) {
            // "Nordkoreas UN-Vertretung": the compound names what the head is about, the possessor whose it is
            for (int c : t.children(h)) {
                if (t.is(c, "nmod:poss") || (t.is(c, "nmod") && Syntax.caseOf(t, c) == null)) {
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
            if (g >= 0 && t.relation(h).equals("nsubj") && t.children(g).stream().anyMatch(v -> Syntax.gardenPath(t, v, g))) {
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
                if (PRO_ANTI.contains(w) || w.endsWith("-") && PRO_ANTI.contains(w.substring(0, w.length() - 1))) {
                    return true;
                }
            }
            if (k.start() <= r.start() && r.start() < k.end()) {
                String w = k.word().toLowerCase(Locale.ROOT);
                if (PRO_ANTI.stream().anyMatch(x -> w.startsWith(x + "-"))) {
                    return true;
                }
            }
        }
        return false;
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
