/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsgraph.claim.Tags;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * The words that make up a German cue together with its verb, read off the parse: the reflexive of "äußerte sich",
 * the pronominal adverb of "ging davon aus", the "wie" of "wie … mitteilte", the expletive of "es wird befürchtet",
 * "mit den Worten" of "wird mit den Worten zitiert", and the preposition a cue verb governs ("bezeichnete … als").
 * A reader takes the whole expression as the cue, and so does the dataset we measure against.
 */
final class CueFrame {
    private static final Set<String> TENSE_AUXILIARIES = Set.of("haben", "sein", "werden");
    private static final Pattern PRONOMINAL_ADVERB = Pattern.compile(
            "da(r)?(an|auf|aus|bei|für|gegen|hin|in|mit|nach|über|um|von|vor|zu)");

    private CueFrame() {}

    private static boolean isTenseAuxiliary(Token t) {
        return TENSE_AUXILIARIES.contains(t.lemma());
    }

    /** Adds the frame words among the verb's dependents to {@code toks}. */
    static void addGermanFrameWords(Sentence s, DependencyTree tree, int v, TreeSet<Integer> toks) {
        List<Token> words = s.tokens();
        int h = tree.head(v);
        // the parser sometimes makes the auxiliary the root and the participle its complement ("hatte … erklärt")
        if (h >= 0 && h != v && tree.is(v, "xcomp") && isTenseAuxiliary(words.get(h))) {
            toks.add(h);
        }
        for (int c : tree.children(v)) {
            String w = words.get(c).word().toLowerCase(Locale.ROOT);
            boolean reflexive = w.equals("sich") && !tree.is(c, "iobj");
            boolean adverb = PRONOMINAL_ADVERB.matcher(w).matches() && tree.children(c).isEmpty();
            boolean expletive = w.equals("es") && tree.is(c, "expl");
            if (reflexive || adverb || expletive) {
                toks.add(c);
            }
        }
        int wie = clauseOpeningWie(words, v);
        if (wie >= 0) {
            toks.add(wie);
        }
        addWithWords(words, v, toks);
    }

    /**
     * The "wie" that opens a verb-final clause ending in the cue ("Wie die Polizei mitteilte, …"), found on the
     * surface: the parser often hangs it on the subject as if it were a preposition.
     */
    private static int clauseOpeningWie(List<Token> words, int v) {
        if (v + 1 < words.size() && !isClauseEnd(words.get(v + 1).word())) {
            return -1;
        }
        int k = v - 1;
        // quotation marks around a name do not end the clause ("wie die «New York Times» berichtet")
        while (k >= 0 && (!isClauseEnd(words.get(k).word()) || Tags.isQuoteMark(words.get(k).word()))) {
            k--;
        }
        int first = k + 1;
        return first < v && words.get(first).word().equalsIgnoreCase("wie") ? first : -1;
    }

    /** "mit den Worten", "mit folgenden Worten" after the verb, in its clause. */
    private static void addWithWords(List<Token> words, int v, TreeSet<Integer> toks) {
        for (int k = v + 1; k < words.size() && !isClauseEnd(words.get(k).word()); k++) {
            if (!words.get(k).word().equalsIgnoreCase("mit")) {
                continue;
            }
            int j = k + 1;
            while (j < words.size() && ("DET".equals(words.get(j).pos()) || "ADJ".equals(words.get(j).pos()))) {
                j++;
            }
            if (j < words.size() && "wort".equals(words.get(j).lemma())) {
                for (int m = k; m <= j; m++) {
                    toks.add(m);
                }
                return;
            }
        }
    }

    private static boolean isClauseEnd(String w) {
        return w.equals(",") || w.equals(":") || w.equals(";") || w.equals(".") || w.equals("?") || w.equals("!")
                || Tags.isQuoteMark(w);
    }

    /**
     * The preposition of a prepositional object the verb governs, when it is the one the lexicon names ("bezeichnen
     * als", "sprechen von"): the case marker of one of the verb's dependents; -1 when there is none.
     */
    static int governedPreposition(Sentence s, DependencyTree tree, int v, String preposition) {
        for (int c : tree.children(v)) {
            if (tree.is(c, "ccomp") || tree.is(c, "parataxis") || tree.is(c, "conj")) {
                continue;
            }
            for (int m : tree.children(c)) {
                if ((tree.is(m, "case") || tree.is(m, "mark"))
                        && s.tokens().get(m).word().equalsIgnoreCase(preposition)) {
                    return m;
                }
            }
        }
        return -1;
    }
}
