/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.List;
import java.util.Set;
import org.newsgraph.claim.QuoteForm;
import org.newsgraph.claim.rules.RuleClaimExtractor;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Entity;

/**
 * The taggers' sequences for a trainer outside the product (the bench module trains models): the same evidence and
 * features {@link TaggedClaimExtractor} computes at run time, and gold labels in the taggers' label sets.
 */
public final class TrainingSequences {
    /** The three taggers with their label count and feature width. */
    public enum Tagger {
        CUE(CueFeatures.COUNT, CueFeatures.BITS),
        QUOTE(QuoteLabels.COUNT, QuoteFeatures.BITS),
        ROLE(RoleFeatures.COUNT, RoleFeatures.BITS);

        private final int labels;
        private final int bits;

        Tagger(int labels, int bits) {
            this.labels = labels;
            this.bits = bits;
        }

        public int labels() {
            return labels;
        }

        public int bits() {
            return bits;
        }
    }

    /** One gold quotation in document token indices, ascending. */
    public record Quote(QuoteForm form, List<Integer> tokens) {}

    /** A role tagger window: document tokens [from, to) and their features. */
    public record RoleWindow(int from, int to, int[][] features) {}

    /** Role labels. */
    public static final int ROLE_O = RoleFeatures.O;
    public static final int ROLE_SPEAKER = RoleFeatures.SPEAKER;
    public static final int ROLE_CUE = RoleFeatures.CUE;
    public static final int ROLE_ADDRESSEE = RoleFeatures.ADDRESSEE;
    /** The cue tagger's label for a cue token (the other label is 0). */
    public static final int CUE = CueFeatures.CUE;

    private TrainingSequences() {}

    /** The first evidence of an article: the text, its entities and the rules' findings. */
    public static Evidence evidence(AnnotatedText text, List<Entity> entities, RuleClaimExtractor rules) {
        return EvidenceBuilder.of(text, entities, rules.findings(text, entities));
    }

    public static int[][] cueFeatures(Evidence e) {
        return CueFeatures.of(e);
    }

    /** The quote tagger's features; they include the cue tagger's labels ({@link Evidence#withCues}). */
    public static int[][] quoteFeatures(Evidence e) {
        return QuoteFeatures.of(e);
    }

    /** Gold quote tagger labels: quotations (outer ones first), then speaker and cue tokens outside them. */
    public static int[] quoteLabels(int size, List<Quote> quotes, Set<Integer> speakers, Set<Integer> cues) {
        List<QuoteLabels.Quote> q = quotes.stream().map(x -> new QuoteLabels.Quote(x.form(), x.tokens())).toList();
        return QuoteLabels.encode(size, q, speakers, cues);
    }

    /**
     * The role tagger's window around a quotation and its features; they include the quote tagger's labels
     * ({@link Evidence#withQuotes}) and the speaker tokens of the quotation before.
     */
    public static RoleWindow roles(Evidence e, Quote quote, Set<Integer> previousSpeaker) {
        QuoteLabels.Quote q = new QuoteLabels.Quote(quote.form(), quote.tokens());
        RoleFeatures.Window w = RoleFeatures.window(e, q);
        return new RoleWindow(w.from(), w.to(), RoleFeatures.of(e, q, w, previousSpeaker));
    }
}
