/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Finds the lexicon's entries in a sentence: each token is looked up by lemma, lower-cased form, the last part of a
 * hyphenated compound, and for German verbs the lemmatizer missed by a strong form or a regular ending; an entry
 * applies when its separable particle and its conditions ({@code when:}) hold in the tree. Before the parse it tells
 * which entries can still apply. Immutable and thread-safe.
 */
final class PredicateFinder {
    /** German preposition and article in one word: the sentence has the preposition ("zum" has "zu"). */
    private static final Map<String, String> CONTRACTIONS = Words.pairs("contractions");
    private final PredicateLexicon lexicon;
    private final ObjectClasses objects;

    PredicateFinder(PredicateLexicon lexicon, ObjectClasses objects) {
        this.lexicon = lexicon;
        this.objects = objects;
    }

    /** Each token's first applicable lexicon entry, by token, in text order. */
    Map<Integer, Predicate> predicates(Language lang, DependencyTree tree) {
        Map<Integer, Predicate> out = new LinkedHashMap<>();
        for (Token tok : tree.sentence().tokens()) {
            for (Predicate pred : candidates(lang, tok)) {
                if (applies(lang, tree, tok.index(), pred)) {
                    out.put(tok.index(), pred);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether some token of the unparsed sentence has an entry that can apply: a separable particle, the preposition of
     * a {@code when:prep} condition and a word of a {@code when:obj} class must occur in the sentence.
     */
    boolean anyPossible(Language lang, Sentence s) {
        return s.tokens().stream()
                .anyMatch(t -> candidates(lang, t).stream().anyMatch(pred -> possible(lang, s, pred)));
    }

    private boolean possible(Language lang, Sentence s, Predicate pred) {
        if (pred.particle() != null && s.tokens().stream().noneMatch(t -> t.word().equalsIgnoreCase(pred.particle()))) {
            return false;
        }
        for (String req : pred.conditions()) {
            if (req.startsWith("!")) {
                continue; // a reading the parse may still rule out ("unless:obj:casualties")
            }
            if (req.startsWith("prep:")) {
                String[] parts = req.split(":");
                if (s.tokens().stream().noneMatch(t -> CONTRACTIONS.getOrDefault(t.word().toLowerCase(Locale.ROOT),
                        t.word().toLowerCase(Locale.ROOT)).equals(parts[1]))) {
                    return false;
                }
                if (parts.length > 2 && s.tokens().stream().noneMatch(t -> objects.is(parts[2], lang, t))) {
                    return false;
                }
            } else if (req.startsWith("obj:")) {
                String cls = req.substring(4);
                if (s.tokens().stream().noneMatch(t -> objects.is(cls, lang, t))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Lexicon entries for a token: its lemma, its lower-cased form, or the last part of a hyphenated compound. */
    private List<Predicate> candidates(Language lang, Token t) {
        String pos = t.pos();
        boolean verb = pos.startsWith("VB") || "VERB".equals(pos) || ("ADJ".equals(pos) && lang == Language.GERMAN
                && lexicon.lookup(lang, t.lemma()).stream().anyMatch(pr -> !pr.noun()));
        boolean noun = pos.startsWith("NN") || "NOUN".equals(pos) || "PROPN".equals(pos);
        if (!verb && !noun) {
            return List.of();
        }
        List<Predicate> out = new ArrayList<>(lexicon.lookup(lang, t.lemma()));
        String lower = t.word().toLowerCase(lang.locale());
        if (!lower.equals(t.lemma())) {
            out.addAll(lexicon.lookup(lang, lower));
        }
        String infinitive = lang == Language.GERMAN && verb ? lexicon.germanInfinitive(lower) : null;
        if (out.isEmpty() && infinitive != null) {
            out.addAll(lexicon.lookup(lang, infinitive)); // "empfing", which the lemmatizer leaves as "empfingen"
        }
        int dash = lower.lastIndexOf('-');
        if (noun && dash > 0 && dash < lower.length() - 1) {
            out.addAll(lexicon.lookup(lang, lower.substring(dash + 1)));
        }
        out.removeIf(pr -> pr.noun() != noun);
        return out;
    }

    private boolean applies(Language lang, DependencyTree t, int p, Predicate pred) {
        if (pred.particle() == null && !pred.noun() && !t.children(p, "compound:prt").isEmpty()) {
            return false; // "schließt … aus" is not "schließt": a separated particle makes another verb
        }
        if (pred.particle() != null && !hasParticle(t, p, pred.particle())) {
            return false;
        }
        for (String req : pred.conditions()) {
            if (!holds(lang, t, p, req)) {
                return false;
            }
        }
        return true;
    }

    /** One condition of an entry ({@link Predicate#conditions()}) at token {@code p}. */
    private boolean holds(Language lang, DependencyTree t, int p, String req) {
        if (req.startsWith("!")) {
            return !holds(lang, t, p, req.substring(1)); // unless:…
        }
        if (req.startsWith("prep:")) {
            String[] parts = req.split(":");
            if (parts.length == 2) {
                return Syntax.governs(t, p, parts[1]);
            }
            // "spoke on the phone", "ging auf Distanz zu": the phrase's noun must be of the class
            for (int c : t.children(p)) {
                if (Syntax.isCase(t, c, parts[1]) && objects.is(parts[2], lang, t.sentence().tokens().get(c))) {
                    return true;
                }
            }
            return false;
        }
        if (req.equals("control")) {
            // "wants Putin to attack": an object and what it is to do make an appeal; "wants to attack" is a wish
            return !t.children(p, "xcomp").isEmpty() && t.children(p).stream().anyMatch(c -> Syntax.objectLike(t, c));
        }
        if (req.startsWith("obj:")) {
            String cls = req.substring(4);
            for (int c : passiveClauseSubjects(t, p)) {
                if (objects.is(cls, lang, t.sentence().tokens().get(c)) || anyConjunct(lang, t, c, cls)) {
                    return true;
                }
            }
            return false;
        }
        throw new IllegalStateException("unknown condition '" + req + "'");
    }

    /**
     * The separated particle of a German verb ("lud … ein", "stimmte … zu"): a dependent of the verb, or, where the
     * parser hung it elsewhere, the word that closes the verb's clause.
     */
    private static boolean hasParticle(DependencyTree t, int p, String particle) {
        for (int c : t.children(p)) {
            if (t.sentence().tokens().get(c).word().equalsIgnoreCase(particle)) {
                return true;
            }
        }
        List<Token> toks = t.sentence().tokens();
        int[] span = t.span(p);
        for (int k = p + 1; k <= span[1]; k++) {
            boolean closes = k + 1 >= toks.size() || "PUNCT".equals(toks.get(k + 1).pos());
            if (closes && toks.get(k).word().equalsIgnoreCase(particle) && t.dominates(p, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a verb acts on: its objects and passive subject, and the subject of a clause the parser made its passive
     * subject ("The civilians imprisoned for … were released").
     */
    private static List<Integer> passiveClauseSubjects(DependencyTree t, int p) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(p)) {
            if (Syntax.objectLike(t, c) || t.is(c, "nsubj:pass")) {
                out.add(c);
            }
            if (t.is(c, "csubj:pass")) {
                out.addAll(Syntax.subjects(t, c));
            }
        }
        return out;
    }

    private boolean anyConjunct(Language lang, DependencyTree t, int c, String cls) {
        for (int k : t.children(c, "conj")) {
            if (objects.is(cls, lang, t.sentence().tokens().get(k))) {
                return true;
            }
        }
        return false;
    }
}
