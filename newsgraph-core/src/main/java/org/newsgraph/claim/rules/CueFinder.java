/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.newsgraph.claim.Cue;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Tags;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Finds the attribution cues of a sentence: verbs of saying and thinking (with their separable particle and
 * auxiliaries), source prepositions ("laut", "zufolge", "according to"), and "nach" with a source noun ("nach
 * Angaben", "nach Medienberichten").
 */
final class CueFinder {
    private final CueLexicon lexicon;

    CueFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<CueOccurrence> find(Sentence s, Language lang) {
        List<CueOccurrence> out = new ArrayList<>();
        DependencyTree tree = DependencyTree.of(s);
        List<Token> toks = s.tokens();
        for (Token t : toks) {
            String lower = t.word().toLowerCase(lang.locale());
            if (soCalled(toks, t)) {
                continue; // "the so-called snapback mechanism": a name, not a speaker's word
            }
            for (Cue c : candidates(lang, s, t, lower)) {
                CueOccurrence o = match(s, tree, t, c, lang);
                if (o != null) {
                    out.add(o);
                    break;
                }
            }
        }
        return out;
    }

    /** The infinitive of a regular German past or present form: "meldeten", "meldete", "meldet" → "melden". */
    static String infinitive(String form) {
        for (String ending : new String[] {"eten", "ete", "ten", "te", "et", "t"}) {
            if (form.endsWith(ending) && form.length() - ending.length() >= 3) {
                return form.substring(0, form.length() - ending.length()) + "en";
            }
        }
        return form;
    }

    /**
     * A German past form the tagger took for an adjective ("Die Ministerin befürchtete, …", "Die Streitkräfte
     * erklärten, …"): a word in -te or -ten right after a noun or pronoun and right before a comma or colon, where no
     * adjective stands (an attributive one precedes its noun, a predicative one follows a copula).
     */
    static boolean verbTaggedAdjective(Sentence s, Token t) {
        List<Token> toks = s.tokens();
        int k = t.index();
        if (!"ADJ".equals(t.pos()) || k == 0 || k + 1 >= toks.size()) {
            return false;
        }
        String w = t.word().toLowerCase(Locale.GERMAN);
        String before = toks.get(k - 1).pos();
        String next = toks.get(k + 1).word();
        return (w.endsWith("te") || w.endsWith("ten")) && (next.equals(",") || next.equals(":"))
                && ("NOUN".equals(before) || "PROPN".equals(before) || "PRON".equals(before));
    }

    /** "so-called", "so called" split by the tokenizer. */
    private static boolean soCalled(List<Token> toks, Token t) {
        int k = t.index();
        if (k == 0 || !t.word().toLowerCase(Locale.ROOT).equals("called")) {
            return false;
        }
        String before = toks.get(k - 1).word().toLowerCase(Locale.ROOT);
        return before.equals("so") || before.equals("so-") || before.equals("-") && k > 1
                && toks.get(k - 2).word().equalsIgnoreCase("so");
    }

    private List<Cue> candidates(Language lang, Sentence s, Token t, String lower) {
        List<Cue> c = new ArrayList<>(lexicon.cues(lang, t.lemma()));
        if (!lower.equals(t.lemma())) {
            c.addAll(lexicon.cues(lang, lower));
        }
        if (c.isEmpty() && lang == Language.GERMAN && "NOUN".equals(t.pos())) {
            c.addAll(lexicon.compoundNounCues(lang, lower));
        }
        if (c.isEmpty() && lang == Language.GERMAN && ("VERB".equals(t.pos()) || verbTaggedAdjective(s, t))) {
            // the lemmatizer left "meldeten" as it is, or guessed wrong ("sagten": "sagter")
            c.addAll(lexicon.cues(lang, infinitive(lower)));
        }
        // the longer entry first: "sprechen von" before "sprechen"
        c.sort(Comparator.comparing((Cue e) -> e.particle() == null));
        return c;
    }

    private CueOccurrence match(Sentence s, DependencyTree tree, Token t, Cue c, Language lang) {
        String pos = t.pos();
        switch (c.kind()) {
            case SPEECH, THOUGHT -> {
                if (!Tags.isVerb(pos) && !verbTaggedAdjective(s, t) || passive(s, t.index())) {
                    return null;
                }
                TreeSet<Integer> toks = new TreeSet<>();
                toks.add(t.index());
                if ("heißen".equals(c.lemma())) {
                    int es = expletive(s, t.index());
                    if (es < 0) {
                        return null;
                    }
                    toks.add(es);
                }
                TreeSet<Integer> frame = new TreeSet<>();
                if (c.particle() != null) {
                    int p = particle(s, tree, t.index(), c.particle());
                    // a preposition the verb governs ("sprach von …") stands for the second word only when that
                    // word is no separable particle: "geht aus dem Urteil hervor" is not "ausgehen"
                    int governed = p >= 0 || tree == null || lexicon.separable(lang, c) ? -1
                            : CueFrame.governedPreposition(s, tree, t.index(), c.particle());
                    if (p < 0 && governed < 0) {
                        return null;
                    }
                    if (p >= 0) {
                        toks.add(p);
                    } else {
                        frame.add(governed); // "bezeichnete … als": shown with the cue, not part of its frame
                    }
                }
                if (c.kind() == Cue.Kind.THOUGHT && !thoughtFrame(s, t.index(), lang)) {
                    return null;
                }
                addAuxiliaries(s, tree, t.index(), toks);
                if (lang == Language.GERMAN && tree != null) {
                    CueFrame.addGermanFrameWords(s, tree, t.index(), frame);
                }
                frame.removeAll(toks);
                return new CueOccurrence(s.index(), t.index(), c, List.copyOf(toks), -1, List.copyOf(frame));
            }
            case ADVERB -> {
                return t.index() + 1 < s.tokens().size() ? new CueOccurrence(s.index(), t.index(), c,
                        List.of(t.index()), -1) : null;
            }
            case PREP -> {
                if ("so".equals(c.lemma())) {
                    return closingSo(s, t.index()) ? new CueOccurrence(s.index(), t.index(), c, List.of(t.index()), -1)
                            : null;
                }
                if ("according".equals(c.lemma())) {
                    int next = t.index() + 1;
                    if (next >= s.tokens().size() || !"to".equalsIgnoreCase(s.tokens().get(next).word())) {
                        return null;
                    }
                    return new CueOccurrence(s.index(), t.index(), c, List.of(t.index(), next), -1);
                }
                boolean lautBeforeSource = "laut".equals(c.lemma()) && t.index() + 1 < s.tokens().size()
                        && startsSource(s.tokens().get(t.index() + 1));
                if (!"ADP".equals(pos) && !"IN".equals(pos) && !"APPR".equals(pos) && !"APPO".equals(pos)
                        && !lautBeforeSource) {
                    return null;
                }
                return new CueOccurrence(s.index(), t.index(), c, List.of(t.index()), -1);
            }
            case NOUN -> {
                // "nach Angaben", "nach ersten Informationen": the cue is the preposition before the noun
                int k = t.index() - 1;
                while (k >= 0 && ("ADJ".equals(s.tokens().get(k).pos()) || "DET".equals(s.tokens().get(k).pos()))) {
                    k--;
                }
                if (k < 0 || !"nach".equalsIgnoreCase(s.tokens().get(k).word())) {
                    return null;
                }
                return new CueOccurrence(s.index(), k, c, List.of(k), t.index());
            }
            default -> {
                return null;
            }
        }
    }

    /** "laut" tagged as the adjective ("loud") still introduces a source before a name, an article or a quote. */
    private static boolean startsSource(Token next) {
        String p = next.pos();
        return "DET".equals(p) || "PROPN".equals(p) || "NOUN".equals(p) || Tags.isQuoteMark(next.word());
    }

    /** A thought verb is a cue only when it introduces content ("glaubt, dass", "hält es für möglich, dass"). */
    private static boolean thoughtFrame(Sentence s, int v, Language lang) {
        List<Token> toks = s.tokens();
        for (int k = v + 1; k < Math.min(toks.size(), v + 8); k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("dass") || w.equals("daß") || w.equals("ob") || w.equals("that") || w.equals(",")) {
                return true;
            }
        }
        // English drops "that": "analysts believe the talks will fail"
        return lang == Language.ENGLISH && v + 1 < toks.size()
                && java.util.Set.of("PRP", "DT", "NNP", "NNPS", "NN", "NNS", "EX").contains(toks.get(v + 1).pos());
    }

    /** ", so der Sprecher." / ", so Müller, …": "so" after a comma, before a noun phrase. */
    private static boolean closingSo(Sentence s, int k) {
        List<Token> toks = s.tokens();
        // "„…“, so X." where the splitter cut after the quotation: "so X." stands alone, at most a name and a period
        boolean alone = k == 0 && toks.size() <= 8 && ".".equals(toks.get(toks.size() - 1).word());
        boolean afterQuote = k > 0 && Tags.isQuoteMark(toks.get(k - 1).word())
                && toks.size() - k <= 8 && ".".equals(toks.get(toks.size() - 1).word());
        if (k + 1 >= toks.size() || !(alone || afterQuote || k > 0 && ",".equals(toks.get(k - 1).word()))) {
            return false;
        }
        String next = toks.get(k + 1).pos();
        return "DET".equals(next) || "PROPN".equals(next) || "NOUN".equals(next) || "ADJ".equals(next);
    }

    /** The "es" of "heißt es" / "hieß es", next to the verb. */
    private static int expletive(Sentence s, int v) {
        for (int k = Math.max(0, v - 2); k <= Math.min(s.tokens().size() - 1, v + 2); k++) {
            if (k != v && "es".equalsIgnoreCase(s.tokens().get(k).word())) {
                return k;
            }
        }
        return -1;
    }

    /** A participle followed by a form of "werden" is passive ("als Irrweg bezeichnet wurde"): no speaker frame. */
    private static boolean passive(Sentence s, int v) {
        List<Token> toks = s.tokens();
        if (v + 1 >= toks.size()) {
            return false;
        }
        boolean werden = "werden".equals(toks.get(v + 1).lemma()) || "worden".equals(toks.get(v + 1).word());
        return werden && !toks.get(v).word().toLowerCase(Locale.ROOT).equals(toks.get(v).lemma());
    }

    /** The separable particle of a particle verb: a dependent of the verb, else a later particle-tagged token. */
    private static int particle(Sentence s, DependencyTree tree, int v, String particle) {
        if (v > 0 && s.tokens().get(v - 1).word().equalsIgnoreCase(particle)) {
            return v - 1; // verb-final clause: "… öffentlich machte"
        }
        if (tree != null) {
            for (int c : tree.children(v, "compound")) {
                if (s.tokens().get(c).word().equalsIgnoreCase(particle)) {
                    return c;
                }
            }
        }
        List<Token> toks = s.tokens();
        for (int k = v + 1; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.word().equalsIgnoreCase(particle)) {
                boolean beforeBoundary = k + 1 >= toks.size() || isBoundary(toks.get(k + 1));
                if (beforeBoundary) {
                    return k;
                }
            }
            if (",".equals(t.word())) {
                break;
            }
        }
        return -1;
    }

    private static boolean isBoundary(Token t) {
        return "PUNCT".equals(t.pos()) || t.word().equals(",") || t.word().equals(".") || t.word().equals(":");
    }

    /** True when no comma or quotation mark stands between the two tokens. */
    private static boolean sameClause(List<Token> toks, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            String w = toks.get(k).word();
            if (",".equals(w) || Tags.isQuoteMark(w)) {
                return false;
            }
        }
        return true;
    }

    /** Auxiliaries of a compound tense ("hatte gesagt", "hat angekündigt", "wird zitiert"). */
    private static void addAuxiliaries(Sentence s, DependencyTree tree, int v, TreeSet<Integer> toks) {
        if (tree != null) {
            for (int c : tree.children(v, "aux")) {
                if (sameClause(s.tokens(), c, v)) {
                    toks.add(c); // not a modal inside a quotation the parser hung on the verb of saying
                }
            }
            return;
        }
        if (v > 0 && "AUX".equals(s.tokens().get(v - 1).pos())) {
            toks.add(v - 1);
        }
    }
}
