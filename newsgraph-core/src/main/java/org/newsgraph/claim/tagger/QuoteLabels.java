/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.claim.QuoteForm;

/**
 * The quote tagger's labels: O, the {@link QuoteForm} of the quotation a token belongs to, or the speaker or cue of
 * a frame (labelling the frame too makes the tagger place quotation boundaries where frames end). There is no
 * begin/inside split: a begin label is rare, and its weights never outgrew those of O. A run of tokens with one form
 * is one quotation;
 * two runs of indirect speech in one sentence with a cue between them are one quotation interrupted by its frame
 * ("Heute wurden nach Armeeangaben 40 Ziele angegriffen"), and reported speech acts end with their sentence.
 */
final class QuoteLabels {
    static final int O = 0;
    static final int SPEAKER = 1 + QuoteForm.values().length;
    static final int CUE = SPEAKER + 1;
    static final int COUNT = CUE + 1;

    /** A decoded quotation: its form and its document tokens in ascending order. */
    record Quote(QuoteForm form, List<Integer> tokens) {
        int first() {
            return tokens.get(0);
        }

        int last() {
            return tokens.get(tokens.size() - 1);
        }
    }

    private QuoteLabels() {}

    static int of(QuoteForm f) {
        return 1 + f.ordinal();
    }

    /** The form of a quotation label, or null for O, speaker and cue. */
    static QuoteForm form(int label) {
        return label == O || label >= SPEAKER ? null : QuoteForm.values()[label - 1];
    }

    /** The quotations a label sequence stands for. */
    static List<Quote> decode(int[] labels, Evidence c) {
        List<Quote> runs = new ArrayList<>();
        Quote current = null;
        for (int i = 0; i < labels.length; i++) {
            QuoteForm f = form(labels[i]);
            boolean sentenceStart = i > 0 && c.toks().sentenceOf(i) != c.toks().sentenceOf(i - 1);
            if (f == null || current == null || current.form() != f
                    || (f == QuoteForm.REPORTED && sentenceStart)) {
                current = f == null ? null : new Quote(f, new ArrayList<>());
                if (current != null) {
                    runs.add(current);
                }
            }
            if (current != null) {
                current.tokens().add(i);
            }
        }
        List<Quote> out = new ArrayList<>();
        for (Quote q : runs) {
            Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && interrupted(last, q, labels, c)) {
                last.tokens().addAll(q.tokens());
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** Two runs of indirect speech in one sentence with only O between them, a cue among it. */
    private static boolean interrupted(Quote a, Quote b, int[] labels, Evidence c) {
        if (a.form() != QuoteForm.INDIRECT || b.form() != QuoteForm.INDIRECT
                || c.toks().sentenceOf(a.last()) != c.toks().sentenceOf(b.first())) {
            return false;
        }
        boolean cue = false;
        for (int i = a.last() + 1; i < b.first(); i++) {
            if (form(labels[i]) != null) {
                return false;
            }
            cue |= c.anchor(i) || labels[i] == CUE;
        }
        return cue;
    }

    /**
     * Gold labels for quotations given as token sets (outer quotations first; a nested one keeps its outer labels),
     * then speaker and cue labels on the tokens no quotation holds.
     */
    static int[] encode(int size, List<Quote> quotes, java.util.Set<Integer> speakers, java.util.Set<Integer> cues) {
        int[] labels = new int[size];
        List<Quote> outerFirst = new ArrayList<>(quotes);
        outerFirst.sort((a, b) -> Integer.compare(b.tokens().size(), a.tokens().size()));
        for (Quote q : outerFirst) {
            for (int t : q.tokens()) {
                if (labels[t] == O) {
                    labels[t] = of(q.form());
                }
            }
        }
        for (int t = 0; t < size; t++) {
            if (labels[t] == O) {
                labels[t] = cues.contains(t) ? CUE : speakers.contains(t) ? SPEAKER : O;
            }
        }
        return labels;
    }
}
