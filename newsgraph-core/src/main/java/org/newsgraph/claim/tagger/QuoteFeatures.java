/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.LinkedHashSet;
import java.util.Set;
import org.newsgraph.claim.Tags;
import org.newsgraph.claim.tagger.Features;
import org.newsgraph.model.Token;

/**
 * The quote tagger's features for every token of an article: the word and its neighbours, quotation marks, where the
 * nearest lexicon cue lies and what stands between it and the token, subjunctive forms, the verbs of the sentence
 * (from which the model learns its own cue lexicon), the sentence before, and the rules' label for the token.
 */
final class QuoteFeatures {
    static final int BITS = 18;
    static final Set<String> OPEN_CLASS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM", "X", "NN", "NNS",
            "NNP", "NNPS", "JJ", "CD", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG");
    private static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "ob", "wonach", "that", "whether", "wie");

    private QuoteFeatures() {}

    static int[][] of(Evidence c) {
        DocTokens toks = c.toks();
        int[][] out = new int[toks.size()][];
        Features f = new Features(BITS);
        for (int s = 0; s < c.sentences(); s++) {
            Set<String> verbs = sentenceVerbs(c, s);
            String shape = sentenceShape(c, s);
            String previous = previousSentence(c, s);
            for (int i = toks.first(s); i < toks.end(s); i++) {
                token(c, i, f);
                context(c, s, i, f);
                for (String v : verbs) {
                    f.add("sv", v);
                }
                f.add("prev", previous);
                f.add("shape", shape);
                f.add("shapeq", shape + "|" + quoted(c.quoted(i)));
                out[i] = f.take();
            }
        }
        return out;
    }

    private static void token(Evidence c, int i, Features f) {
        Token t = c.toks().token(i);
        String w = c.lower(i);
        f.add("bias");
        f.add("w", word(c, i));
        f.add("p", t.pos());
        f.add("cap", Character.isUpperCase(t.word().charAt(0)) ? "U" : "l");
        f.add("w-1", word(c, i - 1));
        f.add("w+1", word(c, i + 1));
        f.add("p-1", pos(c, i - 1));
        f.add("p+1", pos(c, i + 1));
        f.add("p-2", pos(c, i - 2));
        f.add("p+2", pos(c, i + 2));
        f.add("p-1p", pos(c, i - 1) + "|" + t.pos());
        f.add("pp+1", t.pos() + "|" + pos(c, i + 1));
        String q = quoted(c.quoted(i));
        f.add("q", q);
        f.add("qm", c.mark(i) + q);
        f.add("q-1", i > 0 ? quoted(c.quoted(i - 1)) + c.mark(i - 1) : "^");
        f.add("q+1", i + 1 < c.toks().size() ? quoted(c.quoted(i + 1)) + c.mark(i + 1) : "$");
        f.add("r", c.rule(i));
        f.add("rq", c.rule(i) + "|" + q);
        f.add("rp", c.rule(i) + "|" + t.pos());
        f.add("r-1", i > 0 ? c.rule(i - 1) : "^");
        f.add("r+1", i + 1 < c.toks().size() ? c.rule(i + 1) : "$");
        f.add("rs", c.ruleSpeaker(i) + "|" + c.ruleCue(i));
        f.add("cue", c.cue(i));
        f.add("pc", c.predictedCue(i) + "|" + (c.cue(i) != null));
        f.add("cs", c.cueSpeaker(i) + "|" + (c.cue(i) != null));
        f.add("konj", c.konjunktiv(i));
        f.add("e", c.entity(i));
    }

    private static void context(Evidence c, int s, int i, Features f) {
        DocTokens toks = c.toks();
        int k = i - toks.first(s);
        int len = toks.end(s) - toks.first(s);
        f.add("pos", k == 0 ? "first" : k == len - 1 ? "last" : k == len - 2 ? "penult" : "mid");
        f.add("para", c.paragraphStart(s) + "|" + (k == 0));
        f.add("sk", c.sentenceKonjunktiv(s) + "|" + c.sentenceReportive(s));
        f.add("skq", c.sentenceKonjunktiv(s) + "|" + quoted(c.quoted(i)) + "|" + c.rule(i));
        // the nearest cue on the left and what lies between: comma, complementizer, colon
        String between = "";
        int left = -1;
        for (int j = i - 1; j >= toks.first(s); j--) {
            if (c.anchor(j) && left < 0) {
                left = j;
                break;
            }
            String w = c.lower(j);
            if (w.equals(",") && !between.contains(",")) {
                between += ",";
            } else if (w.equals(":") && !between.contains(":")) {
                between += ":";
            } else if (COMPLEMENTIZERS.contains(w) && !between.contains("c")) {
                between += "c";
            } else if (c.konjunktiv(j) && !between.contains("k")) {
                between += "k";
            }
        }
        String lk = left < 0 ? "none" : kind(c, left) + ":" + between;
        if (left >= 0) {
            String name = c.anchorName(left);
            f.add("lc", name);
            f.add("lcd", bucket(i - left) + between);
            f.add("lcp", c.predictedCue(left) + "|" + (c.cue(left) != null) + "|" + between);
        }
        int right = -1;
        String after = "";
        for (int j = i + 1; j < toks.end(s); j++) {
            if (c.anchor(j)) {
                right = j;
                break;
            }
            String w = c.lower(j);
            if ((w.equals(",") || w.equals(":")) && !after.contains(w)) {
                after += w;
            }
        }
        String rk = right < 0 ? "none" : kind(c, right) + ":" + after;
        if (right >= 0) {
            f.add("rc", c.anchorName(right));
            f.add("rcd", bucket(right - i) + after);
            f.add("rcp", c.predictedCue(right) + "|" + (c.cue(right) != null) + "|" + after);
        }
        // conjunctions: whether a token is reported speech depends on the frame around it taken together
        String q = quoted(c.quoted(i));
        String konj = c.sentenceKonjunktiv(s) + "|" + c.konjunktiv(i);
        f.add("LR", lk + "|" + rk);
        f.add("LRk", lk + "|" + rk + "|" + konj);
        f.add("LRq", lk + "|" + rk + "|" + q);
        f.add("LRr", lk + "|" + rk + "|" + c.rule(i));
        f.add("LRs", lk + "|" + rk + "|" + c.cueSpeaker(i) + "|" + c.anchor(i));
        f.add("Lk", lk + "|" + konj + "|" + c.sentenceReportive(s));
        f.add("Rk", rk + "|" + konj + "|" + c.sentenceReportive(s));
        f.add("Rq", rk + "|" + q + "|" + c.rule(i));
        f.add("Lq", lk + "|" + q + "|" + c.rule(i));
        f.add("Ll", (left < 0 ? "-" : c.anchorName(left)) + "|" + between + "|" + rk);
        f.add("Rl", (right < 0 ? "-" : c.anchorName(right)) + "|" + after + "|" + lk);
        segmentFeatures(c, i, left, right, q, f);
        String dl = left < 0 ? "-" : c.path(left, i);
        String dr = right < 0 ? "-" : c.path(right, i);
        f.add("dpL", lk + "|" + dl);
        f.add("dpR", rk + "|" + dr);
        f.add("dpLR", dl + "|" + dr);
        f.add("dpq", dl + "|" + dr + "|" + q);
        String own = c.segmentStart(c.segment(i)) + "|" + c.segmentKonjunktiv(c.segment(i));
        f.add("ss", own);
        f.add("ssr", own + "|" + c.rule(i));
    }

    /** Where the token's clause lies relative to the clause of the nearest cue, and what both clauses begin with. */
    private static void segmentFeatures(Evidence c, int i, int left, int right, String q, Features f) {
        int near = left < 0 ? right : right < 0 ? left : (i - left <= right - i ? left : right);
        if (near < 0) {
            f.add("Snone", c.segmentStart(c.segment(i)) + "|" + c.segmentKonjunktiv(c.segment(i)));
            return;
        }
        int d = Math.max(-3, Math.min(3, c.segment(i) - c.segment(near)));
        String k = kind(c, near);
        String mine = c.segmentStart(c.segment(i));
        String theirs = c.segmentStart(c.segment(near));
        boolean konj = c.segmentKonjunktiv(c.segment(i));
        f.add("Sd", d + "|" + k);
        f.add("Sds", d + "|" + mine + "|" + theirs);
        f.add("Sdk", d + "|" + k + "|" + konj + "|" + theirs);
        f.add("Sdr", d + "|" + c.rule(i) + "|" + k);
        f.add("Sq", d + "|" + q + "|" + k);
        f.add("Sdm", d + "|" + mine + "|" + konj);
    }

    /** The kind of an anchor cue: the lexicon's class, or "tagged" when only the cue tagger marks it. */
    private static String kind(Evidence c, int anchor) {
        String name = c.anchorName(anchor);
        return name.substring(0, name.indexOf(':'));
    }

    /** Lemmas of the sentence's verbs: a sentence-wide view of whether somebody says, plans or reports something. */
    private static Set<String> sentenceVerbs(Evidence c, int s) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = c.toks().first(s); i < c.toks().end(s); i++) {
            Token t = c.toks().token(i);
            if (Tags.isVerb(t.pos()) && c.quoted(i) <= 0 && t.lemma() != null) {
                out.add(t.lemma());
            }
        }
        return out;
    }

    /**
     * The sentence at a glance: its first cue (lexicon or tagger), whether it has a comma or colon and a subjunctive;
     * whether a sentence with a verb of saying but no clause reports a speech act depends on the verb.
     */
    private static String sentenceShape(Evidence c, int s) {
        String first = "-";
        boolean comma = false;
        for (int i = c.toks().first(s); i < c.toks().end(s); i++) {
            if (first.equals("-") && c.anchor(i) && c.quoted(i) <= 0) {
                first = c.anchorName(i);
            }
            comma |= c.lower(i).equals(",") || c.lower(i).equals(":");
        }
        return first + "|" + comma + "|" + c.sentenceKonjunktiv(s);
    }

    /** What the sentence before holds: rule claims of which form, a cue, subjunctive. */
    private static String previousSentence(Evidence c, int s) {
        if (s == 0) {
            return "none";
        }
        String form = "-";
        boolean cue = false;
        for (int i = c.toks().first(s - 1); i < c.toks().end(s - 1); i++) {
            if (c.rule(i) != null) {
                form = c.rule(i).substring(2);
            }
            cue |= c.anchor(i);
        }
        return form + "|" + cue + "|" + c.sentenceKonjunktiv(s - 1) + "|" + c.paragraphStart(s);
    }

    /**
     * A closed-class word itself (",", "dass", "sei"), an open-class one only by its tag: the content of a quotation
     * tells little about whether it is one, and such words let the model memorise the training articles.
     */
    private static String word(Evidence c, int i) {
        if (i < 0 || i >= c.toks().size()) {
            return i < 0 ? "^" : "$";
        }
        return OPEN_CLASS.contains(c.toks().token(i).pos()) ? "*" + c.toks().token(i).pos() : c.lower(i);
    }

    private static String pos(Evidence c, int i) {
        return i < 0 ? "^" : i >= c.toks().size() ? "$" : c.toks().token(i).pos();
    }

    static String quoted(int q) {
        if (q == 0) {
            return "0";
        }
        int n = Math.abs(q);
        String b = n == 1 ? "1" : n <= 3 ? "3" : n <= 8 ? "8" : "L";
        return (q < 0 ? "t" : "q") + b;
    }

    static String bucket(int d) {
        return d <= 3 ? Integer.toString(d) : d <= 6 ? "6" : d <= 12 ? "12" : d <= 25 ? "25" : "L";
    }
}
