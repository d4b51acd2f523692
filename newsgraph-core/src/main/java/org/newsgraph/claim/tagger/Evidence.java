/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Draft;
import org.newsgraph.claim.rules.QuoteMarks;
import org.newsgraph.nlp.DependencyTree;

/**
 * What the taggers know about each token of an article, built in order and never changed: first the facts of the
 * text and of the rules ({@link EvidenceBuilder}: quotation marks, lexicon cues and their speaker phrases,
 * subjunctive, entity types, the rules' own claims), then the cue tagger's labels ({@link #withCues}), then the quote
 * tagger's ({@link #withQuotes}); each step returns a new instance. Immutable and thread-safe.
 */
public final class Evidence {
    private final EvidenceBuilder.Facts f;
    private final boolean[] predictedCue;
    private final int[] quoteLabel;

    Evidence(EvidenceBuilder.Facts facts, boolean[] predictedCue, int[] quoteLabel) {
        this.f = facts;
        this.predictedCue = predictedCue;
        this.quoteLabel = quoteLabel;
    }

    /** This evidence with the cue tagger's labels, one per document token. */
    public Evidence withCues(int[] labels) {
        boolean[] cues = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            cues[i] = labels[i] == CueFeatures.CUE;
        }
        return new Evidence(f, cues, quoteLabel);
    }

    /** This evidence with the quote tagger's labels, one per document token. */
    public Evidence withQuotes(int[] labels) {
        return new Evidence(f, predictedCue, labels.clone());
    }

    /** Number of tokens in the article. */
    public int size() {
        return f.toks().size();
    }

    /** Character span [start, end) of a document token in the article text. */
    public int[] chars(int token) {
        return f.toks().chars(token, token);
    }

    DocTokens toks() {
        return f.toks();
    }

    List<Draft> drafts() {
        return f.drafts();
    }

    int sentences() {
        return f.cues().size();
    }

    List<CueOccurrence> cues(int sentence) {
        return f.cues().get(sentence);
    }

    List<QuoteMarks.Quoted> quotations() {
        return f.quotations();
    }

    String lower(int i) {
        return f.lower()[i];
    }

    /** Words of the innermost quotation-marked span around the token (0: none); negative for names and titles. */
    int quoted(int i) {
        return f.quoted()[i];
    }

    /** 1 for an opening quotation mark, 2 for a closing one, else 0. */
    byte mark(int i) {
        return f.mark()[i];
    }

    /** The cue kind and lemma of a lexicon cue token ("speech:sagen"), or null. */
    String cue(int i) {
        return f.cue()[i];
    }

    boolean cueHead(int i) {
        return f.cueHead()[i];
    }

    /** True when the rules' speaker finder names the token as the speaker of some cue of its sentence. */
    boolean cueSpeaker(int i) {
        return f.cueSpeaker()[i];
    }

    /** The rules' quotation label of the token ("B-indirect", "I-direct"), or null. */
    String rule(int i) {
        return f.rule()[i];
    }

    boolean ruleSpeaker(int i) {
        return f.ruleSpeaker()[i];
    }

    boolean ruleCue(int i) {
        return f.ruleCue()[i];
    }

    boolean konjunktiv(int i) {
        return f.konjunktiv()[i];
    }

    boolean sentenceKonjunktiv(int s) {
        return f.sentenceKonjunktiv()[s];
    }

    boolean sentenceReportive(int s) {
        return f.sentenceReportive()[s];
    }

    boolean paragraphStart(int s) {
        return f.paragraphStart()[s];
    }

    /** The entity type of the token's mention, or null. */
    String entity(int i) {
        return f.entity()[i];
    }

    /** Comma-delimited segment of each token (clauses, roughly), numbered through the article. */
    int segment(int i) {
        return f.segment()[i];
    }

    /** A segment's first word (closed-class words as such, others by tag). */
    String segmentStart(int segment) {
        return f.segmentStart().get(segment);
    }

    boolean segmentKonjunktiv(int segment) {
        return f.segmentKonjunktiv().get(segment);
    }

    /** True when the cue tagger marks the token (false before {@link #withCues}). */
    boolean predictedCue(int i) {
        return predictedCue[i];
    }

    /** The quote tagger's label of the token (O before {@link #withQuotes}). */
    int quoteLabel(int i) {
        return quoteLabel[i];
    }

    /** The article's paragraphs as document token ranges [from, to): the taggers label one paragraph at a time. */
    public List<int[]> paragraphs() {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < sentences(); s++) {
            if (s == 0 || paragraphStart(s)) {
                out.add(new int[] {f.toks().first(s), f.toks().end(s)});
            } else {
                out.get(out.size() - 1)[1] = f.toks().end(s);
            }
        }
        return out;
    }

    /** Labels a whole article with a tagger, paragraph by paragraph. */
    public int[] decode(LinearChain model, int[][] features) {
        return decode(model, features, null);
    }

    /** Labels a whole article with a tagger, paragraph by paragraph, with per-label score offsets. */
    int[] decode(LinearChain model, int[][] features, double[] bias) {
        int[] out = new int[features.length];
        for (int[] p : paragraphs()) {
            int[] labels = model.decode(Arrays.copyOfRange(features, p[0], p[1]), bias);
            System.arraycopy(labels, 0, out, p[0], labels.length);
        }
        return out;
    }

    /** True when the token is a cue by the lexicon (its head) or by the cue tagger. */
    boolean anchor(int i) {
        return cueHead(i) || predictedCue[i];
    }

    /** The dependency path from anchor {@code a} to token {@code i} (document indices, one sentence). */
    String path(int a, int i) {
        int s = f.toks().sentenceOf(i);
        DependencyTree tree = f.trees().get(s);
        return ParsePaths.path(tree, a - f.toks().first(s), i - f.toks().first(s));
    }

    /** The cue description of an anchor token: the lexicon's kind and lemma, else the tagger's mark and lemma. */
    String anchorName(int i) {
        if (cue(i) != null) {
            return cue(i);
        }
        String lemma = f.toks().token(i).lemma();
        return "tagged:" + (lemma == null ? lower(i) : lemma);
    }
}
