/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.Set;
import org.newsgraph.claim.Tags;
import org.newsgraph.claim.tagger.Features;
import org.newsgraph.model.Token;

/**
 * The cue tagger's features: which tokens of an article are attribution cues (verbs of saying with their auxiliaries
 * and particles, "nach" and "laut" before a source, "zufolge" after one). Besides the word and its neighbours they
 * describe what a cue needs around it: the noun after a preposition ("nach Polizeiangaben"), the participle an
 * auxiliary belongs to ("hatte … gesagt"), the verb a particle at the clause end belongs to ("teilte … mit"), and what
 * follows a verb (a comma, "dass", a colon). The model learns its cue lexicon from these.
 */
final class CueFeatures {
    static final int BITS = 17;
    static final int O = 0;
    static final int CUE = 1;
    static final int COUNT = 2;
    private static final Set<String> NOUN_SKIP = Set.of("DET", "ADJ", "NUM", "PRON");

    private CueFeatures() {}

    static int[][] of(Evidence c) {
        DocTokens toks = c.toks();
        int[][] out = new int[toks.size()][];
        Features f = new Features(BITS);
        for (int s = 0; s < c.sentences(); s++) {
            int first = toks.first(s);
            int end = toks.end(s);
            int lastWord = end - 1;
            while (lastWord > first && Tags.isPunct(toks.token(lastWord))) {
                lastWord--;
            }
            String finite = firstVerbLemma(c, first, end);
            for (int i = first; i < end; i++) {
                Token t = toks.token(i);
                String w = c.lower(i);
                f.add("bias");
                f.add("w", w);
                f.add("l", t.lemma());
                f.add("p", t.pos());
                f.add("suf", w.length() > 4 ? w.substring(w.length() - 4) : w);
                f.add("w-1", i > first ? c.lower(i - 1) : "^");
                f.add("w+1", i + 1 < end ? c.lower(i + 1) : "$");
                f.add("p-1", i > first ? toks.token(i - 1).pos() : "^");
                f.add("p+1", i + 1 < end ? toks.token(i + 1).pos() : "$");
                f.add("w+1p", w + "|" + (i + 1 < end ? toks.token(i + 1).pos() : "$"));
                f.add("lex", c.cue(i));
                f.add("rule", c.ruleCue(i));
                f.add("q", QuoteFeatures.quoted(c.quoted(i)));
                f.add("sk", c.sentenceKonjunktiv(s) + "|" + t.pos());
                f.add("first", (i == first) + "|" + w);
                if ("ADP".equals(t.pos())) {
                    String noun = nounAfter(c, i + 1, end);
                    f.add("nn", w + "|" + noun);
                    f.add("nns", w + "|" + (noun.length() > 5 ? noun.substring(noun.length() - 5) : noun));
                }
                if (w.equals("zufolge") || w.equals("nach")) {
                    f.add("nb", w + "|" + nounBefore(c, i - 1, first));
                }
                if (Tags.isVerb(t.pos())) {
                    f.add("vnext", t.lemma() + "|" + following(c, i + 1, end));
                    f.add("vnextp", following(c, i + 1, end) + "|" + c.sentenceKonjunktiv(s));
                    f.add("aux", t.lemma() + "|" + verbAfter(c, i + 1, end));
                }
                if (i == lastWord && !Tags.isVerb(t.pos())) {
                    f.add("sep", finite + "|" + w);
                }
                out[i] = f.take();
            }
        }
        return out;
    }

    /** The lemma of the noun a preposition governs ("nach ersten Polizeiangaben" → "polizeiangabe"). */
    private static String nounAfter(Evidence c, int from, int end) {
        for (int k = from; k < Math.min(end, from + 4); k++) {
            Token t = c.toks().token(k);
            if (Tags.isNominal(t) && !"PRON".equals(t.pos())) {
                return t.lemma() == null ? c.lower(k) : t.lemma();
            }
            if (!NOUN_SKIP.contains(t.pos())) {
                break;
            }
        }
        return "-";
    }

    private static String nounBefore(Evidence c, int from, int first) {
        for (int k = from; k >= Math.max(first, from - 1); k--) {
            if (Tags.isNominal(c.toks().token(k))) {
                return c.toks().token(k).lemma() == null ? c.lower(k) : c.toks().token(k).lemma();
            }
        }
        return "-";
    }

    /** What follows a verb: a complementizer, a comma, a colon, a quotation mark, or something else. */
    private static String following(Evidence c, int from, int end) {
        for (int k = from; k < Math.min(end, from + 4); k++) {
            String w = c.lower(k);
            if (w.equals("dass") || w.equals("ob") || w.equals(",") || w.equals(":") || w.equals(".")
                    || c.mark(k) == 1) {
                return c.mark(k) == 1 ? "quote" : w;
            }
        }
        return "other";
    }

    /** The lemma of the next verb within the clause (for an auxiliary: its participle), or "-". */
    private static String verbAfter(Evidence c, int from, int end) {
        for (int k = from; k < end; k++) {
            if (c.lower(k).equals(",")) {
                break;
            }
            if (Tags.isVerb(c.toks().token(k).pos())) {
                return c.toks().token(k).lemma();
            }
        }
        return "-";
    }

    private static String firstVerbLemma(Evidence c, int first, int end) {
        for (int k = first; k < end; k++) {
            if (Tags.isVerb(c.toks().token(k).pos()) && c.quoted(k) == 0) {
                return c.toks().token(k).lemma();
            }
        }
        return "-";
    }
}
