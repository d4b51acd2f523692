/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * What the taggers know about each token of an article, computed once: quotation marks, lexicon cues and the speaker
 * phrases the rules find for them, German subjunctive, entity types, and the rules' own claims (their forms, speakers
 * and cues), which the taggers take as evidence and learn to correct. One instance per article; not thread-safe.
 */
final class ClaimContext {
    private static final java.util.Set<String> SEGMENT_BOUNDARIES = java.util.Set.of(",", ";", ":", "(", ")", "–",
            "—");
    final DocTokens toks;
    final List<Draft> drafts;
    final List<List<CueOccurrence>> cues = new ArrayList<>();
    /** Each sentence's dependency tree, or null where it was not parsed. */
    final List<DependencyTree> trees = new ArrayList<>();
    /** The quotation-marked spans that read as quotations (not names or titles). */
    final List<QuoteMarks.Quoted> quotations = new ArrayList<>();
    final String[] lower;
    /** Words of the innermost quotation-marked span around the token (0: none); negative for names and titles. */
    final int[] quoted;
    /** 1 for an opening quotation mark, 2 for a closing one. */
    final byte[] mark;
    /** The cue kind and lemma of a cue token ("speech:sagen"), or null. */
    final String[] cue;
    final boolean[] cueHead;
    /** Tokens the rules' speaker finder names as the speaker of some cue of their sentence. */
    final boolean[] cueSpeaker;
    /** The rules' quotation label of the token ("B-indirect", "I-direct"), or null. */
    final String[] rule;
    final boolean[] ruleSpeaker;
    final boolean[] ruleCue;
    /** Tokens the cue tagger marks as cues (set by {@link #setPredictedCues}); all false before. */
    final boolean[] predictedCue;
    /** The quote tagger's label of each token (set by the extractor before the role tagger runs); O before. */
    final int[] quoteLabel;
    final boolean[] konjunktiv;
    final boolean[] sentenceKonjunktiv;
    final boolean[] sentenceReportive;
    final boolean[] paragraphStart;
    final String[] entity;
    /** Comma-delimited segment of each token (clauses, roughly), numbered through the article. */
    final int[] segment;
    /** Per segment: its first word (closed-class words as such, others by tag), and whether it has a subjunctive. */
    final List<String> segmentStart = new ArrayList<>();
    final List<Boolean> segmentKonjunktiv = new ArrayList<>();

    ClaimContext(AnnotatedText text, List<Entity> entities, RuleClaimExtractor rules) {
        toks = new DocTokens(text);
        int n = toks.size();
        drafts = rules.drafts(text, entities);
        lower = new String[n];
        quoted = new int[n];
        mark = new byte[n];
        cue = new String[n];
        cueHead = new boolean[n];
        cueSpeaker = new boolean[n];
        rule = new String[n];
        ruleSpeaker = new boolean[n];
        ruleCue = new boolean[n];
        konjunktiv = new boolean[n];
        predictedCue = new boolean[n];
        quoteLabel = new int[n];
        sentenceKonjunktiv = new boolean[text.sentences().size()];
        sentenceReportive = new boolean[text.sentences().size()];
        paragraphStart = new boolean[text.sentences().size()];
        entity = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = toks.token(i).word().toLowerCase(text.language().locale());
        }
        for (Sentence s : text.sentences()) {
            sentenceFacts(text, s, rules);
        }
        segment = new int[n];
        segments();
        quotationMarks(text, new Quotations(text));
        ruleLabels();
        entityTypes(entities);
    }

    private void segments() {
        int seg = -1;
        int previousSentence = -1;
        boolean boundary = true;
        for (int i = 0; i < toks.size(); i++) {
            int s = toks.sentenceOf(i);
            boolean punct = SEGMENT_BOUNDARIES.contains(lower[i]);
            if (s != previousSentence || (boundary && !punct)) {
                seg++;
                Token t = toks.token(i);
                segmentStart.add(QuoteFeatures.OPEN_CLASS.contains(t.pos()) ? "*" + t.pos() : lower[i]);
                segmentKonjunktiv.add(false);
            }
            previousSentence = s;
            boundary = punct;
            segment[i] = seg;
            if (konjunktiv[i]) {
                segmentKonjunktiv.set(seg, true);
            }
        }
    }

    /** The article's paragraphs as document token ranges [from, to): the taggers label one paragraph at a time. */
    List<int[]> paragraphs() {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < paragraphStart.length; s++) {
            if (s == 0 || paragraphStart[s]) {
                out.add(new int[] {toks.first(s), toks.end(s)});
            } else {
                out.get(out.size() - 1)[1] = toks.end(s);
            }
        }
        return out;
    }

    /** Labels a whole article with a tagger, paragraph by paragraph. */
    int[] decode(org.newsgraph.claim.tagger.LinearChain model, int[][] features) {
        return decode(model, features, null);
    }

    /** Labels a whole article with a tagger, paragraph by paragraph, with per-label score offsets. */
    int[] decode(org.newsgraph.claim.tagger.LinearChain model, int[][] features, double[] bias) {
        int[] out = new int[features.length];
        for (int[] p : paragraphs()) {
            int[] labels = model.decode(java.util.Arrays.copyOfRange(features, p[0], p[1]), bias);
            System.arraycopy(labels, 0, out, p[0], labels.length);
        }
        return out;
    }

    /** Takes the cue tagger's labels, one per document token. */
    void setPredictedCues(int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            predictedCue[i] = labels[i] == CueFeatures.CUE;
        }
    }

    /** True when the token is a cue by the lexicon (its head) or by the cue tagger. */
    boolean anchor(int i) {
        return cueHead[i] || predictedCue[i];
    }

    /** The dependency path from anchor {@code a} to token {@code i} (document indices, one sentence). */
    String path(int a, int i) {
        int s = toks.sentenceOf(i);
        return ParsePaths.path(trees.get(s), a - toks.first(s), i - toks.first(s));
    }

    /** The cue description of an anchor token: the lexicon's kind and lemma, else the tagger's mark and lemma. */
    String anchorName(int i) {
        if (cue[i] != null) {
            return cue[i];
        }
        String lemma = toks.token(i).lemma();
        return "tagged:" + (lemma == null ? lower[i] : lemma);
    }

    private void sentenceFacts(AnnotatedText text, Sentence s, RuleClaimExtractor rules) {
        List<CueOccurrence> found = rules.cues(s, text.language());
        cues.add(found);
        DependencyTree tree = DependencyTree.of(s);
        trees.add(tree);
        for (CueOccurrence o : found) {
            for (int k : o.tokens()) {
                cue[toks.at(s.index(), k)] = o.cue().kind().name().toLowerCase(java.util.Locale.ROOT) + ":"
                        + o.cue().lemma();
            }
            cueHead[toks.at(s.index(), o.head())] = true;
            int[] sp = SpeakerFinder.speaker(s, tree, o, text.language());
            if (sp != null) {
                for (int k = sp[0]; k <= sp[1]; k++) {
                    cueSpeaker[toks.at(s.index(), k)] = true;
                }
            }
        }
        for (Token t : s.tokens()) {
            if (Konjunktiv.is(s, t)) {
                konjunktiv[toks.at(s.index(), t.index())] = true;
                sentenceKonjunktiv[s.index()] = true;
            }
        }
        sentenceReportive[s.index()] = Konjunktiv.reportive(s);
        int previousStart = s.index() == 0 ? -1 : text.sentences().get(s.index() - 1).start();
        for (ArticleText.Part p : text.text().parts()) {
            if (s.start() >= p.start() && s.start() < p.end()) {
                paragraphStart[s.index()] = previousStart < p.start();
            }
        }
    }

    private void quotationMarks(AnnotatedText text, Quotations quotations) {
        String doc = text.text().text();
        for (QuoteMarks.Quoted q : QuoteMarks.find(doc)) {
            int[] r = toks.range(q.start(), q.end());
            if (r == null) {
                continue;
            }
            String inner = doc.substring(q.innerStart(), q.innerEnd()).strip();
            int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
            boolean quotation = quotations.isQuotation(q);
            if (quotation) {
                this.quotations.add(q);
            }
            int value = quotation ? Math.max(1, words) : -Math.max(1, words);
            for (int i = r[0]; i <= r[1]; i++) {
                quoted[i] = value;
            }
            mark[r[0]] = 1;
            mark[r[1]] = 2;
        }
    }

    /** The rules' outer claims as labels; claims nested in another (a quotation inside indirect speech) are left out. */
    private void ruleLabels() {
        for (Draft d : drafts) {
            if (d.method().endsWith("-nested")) {
                continue;
            }
            String form = QuoteForm.of(d.method(), d.kind()).methodName();
            boolean first = true;
            for (int[] part : d.content()) {
                int[] r = toks.range(part[0], part[1]);
                if (r == null) {
                    continue;
                }
                for (int i = r[0]; i <= r[1]; i++) {
                    if (rule[i] == null) {
                        rule[i] = (first ? "B-" : "I-") + form;
                    }
                    first = false;
                }
            }
            mark(d.speaker(), ruleSpeaker);
            if (d.cue() != null) {
                for (int k : d.cue().tokens()) {
                    ruleCue[toks.at(d.cue().sentence(), k)] = true;
                }
            }
        }
    }

    private void mark(int[] chars, boolean[] into) {
        int[] r = chars == null ? null : toks.range(chars[0], chars[1]);
        if (r != null) {
            for (int i = r[0]; i <= r[1]; i++) {
                into[i] = true;
            }
        }
    }

    private void entityTypes(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                int[] r = toks.range(m.start(), m.end());
                if (r != null) {
                    for (int i = r[0]; i <= r[1]; i++) {
                        entity[i] = e.type().name();
                    }
                }
            }
        }
    }
}
