/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.HashSet;
import java.util.Set;
import org.newsgraph.claim.Draft;
import org.newsgraph.claim.tagger.Features;
import org.newsgraph.model.Token;

/**
 * The role tagger's view of one quotation: a window of sentences around it (three before, one after), each token
 * labelled O, speaker, cue or addressee. Features say where the token lies relative to the quotation, what the token
 * is, whether a lexicon cue or the rules' speaker finder marks it, whether the rules' claim for this quotation names
 * it as speaker or cue, and whether it was the speaker of the quotation before.
 */
final class RoleFeatures {
    static final int BITS = 17;
    static final int O = 0;
    static final int SPEAKER = 1;
    static final int CUE = 2;
    static final int ADDRESSEE = 3;
    static final int COUNT = 4;
    static final int BEFORE = 3;
    static final int AFTER = 1;

    /** The window of a quotation: document tokens [from, to). */
    record Window(int from, int to) {}

    private RoleFeatures() {}

    static Window window(Evidence c, QuoteLabels.Quote q) {
        int first = Math.max(0, c.toks().sentenceOf(q.first()) - BEFORE);
        int last = Math.min(c.sentences() - 1, c.toks().sentenceOf(q.last()) + AFTER);
        return new Window(c.toks().first(first), c.toks().end(last));
    }

    /** Features for the window's tokens; {@code previousSpeaker} holds the speaker tokens of the quotation before. */
    static int[][] of(Evidence c, QuoteLabels.Quote q, Window w, Set<Integer> previousSpeaker) {
        Set<Integer> inside = new HashSet<>(q.tokens());
        Draft rule = matchingDraft(c, q);
        Set<Integer> ruleSpeaker = tokens(c, rule == null ? null : rule.speaker());
        Set<Integer> ruleCue = new HashSet<>();
        if (rule != null && rule.cue() != null) {
            rule.cue().tokens().forEach(k -> ruleCue.add(c.toks().at(rule.cue().sentence(), k)));
        }
        String form = q.form().methodName();
        int qs = c.toks().sentenceOf(q.first());
        int qe = c.toks().sentenceOf(q.last());
        int[][] out = new int[w.to() - w.from()][];
        int[] anchor = nearestAnchors(c, q, w);
        String[] governs = new String[c.sentences()];
        Features f = new Features(BITS);
        for (int i = w.from(); i < w.to(); i++) {
            int sent = c.toks().sentenceOf(i);
            int a = anchor[sent];
            if (a >= 0 && governs[sent] == null) {
                governs[sent] = governs(c, a, q, inside);
            }
            String dp = a < 0 ? "noanchor" : c.path(a, i) + "|" + governs[sent];
            String rel = relation(c, i, inside, q, qs, qe);
            String dist = QuoteFeatures.bucket(Math.min(Math.abs(i - q.first()), Math.abs(i - q.last())));
            Token t = c.toks().token(i);
            f.add("bias");
            f.add("f", form);
            f.add("rel", rel);
            f.add("frel", form + "|" + rel);
            f.add("reld", rel + "|" + dist);
            f.add("w", c.lower(i));
            f.add("rw", rel + "|" + c.lower(i));
            f.add("l", t.lemma());
            f.add("p", t.pos());
            f.add("rp", rel + "|" + t.pos());
            f.add("frp", form + "|" + rel + "|" + t.pos());
            f.add("ner", t.ner());
            f.add("e", rel + "|" + c.entity(i));
            f.add("p-1", i > w.from() ? c.toks().token(i - 1).pos() : "^");
            f.add("p+1", i + 1 < w.to() ? c.toks().token(i + 1).pos() : "$");
            f.add("w-1", i > w.from() ? c.lower(i - 1) : "^");
            f.add("w+1", i + 1 < w.to() ? c.lower(i + 1) : "$");
            f.add("cue", rel + "|" + c.cue(i));
            f.add("cuek", form + "|" + rel + "|" + (c.cue(i) == null ? "-" : c.cue(i).substring(0, c.cue(i).indexOf(':'))));
            f.add("cs", rel + "|" + c.cueSpeaker(i));
            f.add("pc", form + "|" + rel + "|" + c.predictedCue(i));
            f.add("jt", form + "|" + rel + "|" + c.quoteLabel(i));
            f.add("jtp", rel + "|" + c.quoteLabel(i) + "|" + t.pos());
            f.add("pcw", rel + "|" + c.predictedCue(i) + "|" + c.lower(i));
            f.add("rs", form + "|" + rel + "|" + ruleSpeaker.contains(i) + "|" + (rule == null));
            f.add("rc", form + "|" + rel + "|" + ruleCue.contains(i));
            f.add("rsc", ruleSpeaker.contains(i) + "|" + ruleCue.contains(i) + "|" + c.cue(i));
            f.add("ps", form + "|" + previousSpeaker.contains(i) + "|" + rel);
            f.add("q", rel + "|" + QuoteFeatures.quoted(c.quoted(i)));
            f.add("dp", dp);
            f.add("dpr", dp + "|" + rel);
            f.add("dpf", dp + "|" + form + "|" + t.pos());
            out[i - w.from()] = f.take();
        }
        return out;
    }

    /** For each sentence of the window, the cue anchor nearest to the quotation (-1: none). */
    private static int[] nearestAnchors(Evidence c, QuoteLabels.Quote q, Window w) {
        int[] out = new int[c.sentences()];
        java.util.Arrays.fill(out, -1);
        int[] best = new int[c.sentences()];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        for (int i = w.from(); i < w.to(); i++) {
            if (!c.anchor(i)) {
                continue;
            }
            int d = i < q.first() ? q.first() - i : i > q.last() ? i - q.last() : 0;
            int s = c.toks().sentenceOf(i);
            if (d < best[s]) {
                best[s] = d;
                out[s] = i;
            }
        }
        return out;
    }

    /** How the anchor relates to the quotation token of its sentence nearest to it ("dn:ccomp": it governs it). */
    private static String governs(Evidence c, int a, QuoteLabels.Quote q, Set<Integer> inside) {
        int s = c.toks().sentenceOf(a);
        int nearest = -1;
        for (int t : q.tokens()) {
            if (c.toks().sentenceOf(t) == s && (nearest < 0 || Math.abs(t - a) < Math.abs(nearest - a))) {
                nearest = t;
            }
        }
        return nearest < 0 ? "elsewhere" : c.path(a, nearest);
    }

    private static String relation(Evidence c, int i, Set<Integer> inside, QuoteLabels.Quote q, int qs, int qe) {
        if (inside.contains(i)) {
            return "in";
        }
        int s = c.toks().sentenceOf(i);
        if (i < q.first()) {
            return s == qs ? "b0" : "p" + (qs - s);
        }
        if (i > q.last()) {
            return s == qe ? "a0" : "n" + (s - qe);
        }
        return "gap";
    }

    /** The rules' claim whose content overlaps the quotation most, or null. */
    static Draft matchingDraft(Evidence c, QuoteLabels.Quote q) {
        Draft best = null;
        int bestOverlap = 0;
        Set<Integer> inside = new HashSet<>(q.tokens());
        for (Draft d : c.drafts()) {
            int overlap = 0;
            for (int[] part : d.content()) {
                int[] r = c.toks().range(part[0], part[1]);
                if (r != null) {
                    for (int i = r[0]; i <= r[1]; i++) {
                        overlap += inside.contains(i) ? 1 : 0;
                    }
                }
            }
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = d;
            }
        }
        return best;
    }

    private static Set<Integer> tokens(Evidence c, int[] chars) {
        Set<Integer> out = new HashSet<>();
        int[] r = chars == null ? null : c.toks().range(chars[0], chars[1]);
        if (r != null) {
            for (int i = r[0]; i <= r[1]; i++) {
                out.add(i);
            }
        }
        return out;
    }
}
