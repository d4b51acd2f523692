/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Draft;
import org.newsgraph.claim.QuoteForm;
import org.newsgraph.claim.rules.QuoteMarks;
import org.newsgraph.claim.rules.RuleFindings;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Builds the first {@link Evidence} of an article, one pass after the other: words, then each sentence's cues,
 * speaker phrases, subjunctive and paragraph start, then clause segments, quotation marks, the rules' claims as
 * labels, and entity types. The arrays are filled here and handed over; nothing writes them afterwards.
 */
final class EvidenceBuilder {
    private static final Set<String> SEGMENT_BOUNDARIES = Set.of(",", ";", ":", "(", ")", "–", "—");

    /** The facts of one article, indexed by document token (or sentence, or segment). */
    record Facts(DocTokens toks, List<Draft> drafts, List<List<CueOccurrence>> cues, List<DependencyTree> trees,
            List<QuoteMarks.Quoted> quotations, String[] lower, int[] quoted, byte[] mark, String[] cue,
            boolean[] cueHead, boolean[] cueSpeaker, String[] rule, boolean[] ruleSpeaker, boolean[] ruleCue,
            boolean[] konjunktiv, boolean[] sentenceKonjunktiv, boolean[] sentenceReportive, boolean[] paragraphStart,
            String[] entity, int[] segment, List<String> segmentStart, List<Boolean> segmentKonjunktiv) {}

    private EvidenceBuilder() {}

    /** The evidence of an article from its text, its entities and what the rules find in it. */
    static Evidence of(AnnotatedText text, List<Entity> entities, RuleFindings rules) {
        DocTokens toks = new DocTokens(text);
        int n = toks.size();
        int sentences = text.sentences().size();
        Facts f = new Facts(toks, rules.drafts(), new ArrayList<>(), new ArrayList<>(), rules.quotations(),
                new String[n], new int[n], new byte[n], new String[n], new boolean[n], new boolean[n], new String[n],
                new boolean[n], new boolean[n], new boolean[n], new boolean[sentences], new boolean[sentences],
                new boolean[sentences], new String[n], new int[n], new ArrayList<>(), new ArrayList<>());
        Locale locale = text.language().locale();
        for (int i = 0; i < n; i++) {
            f.lower()[i] = toks.token(i).word().toLowerCase(locale);
        }
        for (Sentence s : text.sentences()) {
            sentence(f, text, s, rules.sentences().get(s.index()));
        }
        segments(f);
        quotationMarks(f, text.text().text(), rules);
        ruleLabels(f);
        entityTypes(f, entities);
        return new Evidence(f, new boolean[n], new int[n]);
    }

    private static void sentence(Facts f, AnnotatedText text, Sentence s, RuleFindings.Sentence found) {
        DocTokens toks = f.toks();
        f.cues().add(found.cues());
        f.trees().add(DependencyTree.of(s));
        for (int k = 0; k < found.cues().size(); k++) {
            CueOccurrence o = found.cues().get(k);
            for (int t : o.tokens()) {
                f.cue()[toks.at(s.index(), t)] = o.cue().kind().name().toLowerCase(Locale.ROOT) + ":"
                        + o.cue().lemma();
            }
            f.cueHead()[toks.at(s.index(), o.head())] = true;
            int[] sp = found.speakers().get(k);
            if (sp != null) {
                for (int t = sp[0]; t <= sp[1]; t++) {
                    f.cueSpeaker()[toks.at(s.index(), t)] = true;
                }
            }
        }
        for (int t : found.subjunctive()) {
            f.konjunktiv()[toks.at(s.index(), t)] = true;
            f.sentenceKonjunktiv()[s.index()] = true;
        }
        f.sentenceReportive()[s.index()] = found.reportive();
        int previousStart = s.index() == 0 ? -1 : text.sentences().get(s.index() - 1).start();
        for (ArticleText.Part p : text.text().parts()) {
            if (s.start() >= p.start() && s.start() < p.end()) {
                f.paragraphStart()[s.index()] = previousStart < p.start();
            }
        }
    }

    private static void segments(Facts f) {
        DocTokens toks = f.toks();
        int seg = -1;
        int previousSentence = -1;
        boolean boundary = true;
        for (int i = 0; i < toks.size(); i++) {
            int s = toks.sentenceOf(i);
            boolean punct = SEGMENT_BOUNDARIES.contains(f.lower()[i]);
            if (s != previousSentence || (boundary && !punct)) {
                seg++;
                Token t = toks.token(i);
                f.segmentStart().add(QuoteFeatures.OPEN_CLASS.contains(t.pos()) ? "*" + t.pos() : f.lower()[i]);
                f.segmentKonjunktiv().add(false);
            }
            previousSentence = s;
            boundary = punct;
            f.segment()[i] = seg;
            if (f.konjunktiv()[i]) {
                f.segmentKonjunktiv().set(seg, true);
            }
        }
    }

    private static void quotationMarks(Facts f, String doc, RuleFindings rules) {
        Set<QuoteMarks.Quoted> quotations = Set.copyOf(rules.quotations());
        for (QuoteMarks.Quoted q : rules.marked()) {
            int[] r = f.toks().range(q.start(), q.end());
            if (r == null) {
                continue;
            }
            String inner = doc.substring(q.innerStart(), q.innerEnd()).strip();
            int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
            int value = quotations.contains(q) ? Math.max(1, words) : -Math.max(1, words);
            for (int i = r[0]; i <= r[1]; i++) {
                f.quoted()[i] = value;
            }
            f.mark()[r[0]] = 1;
            f.mark()[r[1]] = 2;
        }
    }

    /** The rules' outer claims as labels; claims nested in another (a quotation inside indirect speech) are left out. */
    private static void ruleLabels(Facts f) {
        DocTokens toks = f.toks();
        for (Draft d : f.drafts()) {
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
                    if (f.rule()[i] == null) {
                        f.rule()[i] = (first ? "B-" : "I-") + form;
                    }
                    first = false;
                }
            }
            mark(toks, d.speaker(), f.ruleSpeaker());
            if (d.cue() != null) {
                for (int k : d.cue().tokens()) {
                    f.ruleCue()[toks.at(d.cue().sentence(), k)] = true;
                }
            }
        }
    }

    private static void mark(DocTokens toks, int[] chars, boolean[] into) {
        int[] r = chars == null ? null : toks.range(chars[0], chars[1]);
        if (r != null) {
            for (int i = r[0]; i <= r[1]; i++) {
                into[i] = true;
            }
        }
    }

    private static void entityTypes(Facts f, List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                int[] r = f.toks().range(m.start(), m.end());
                if (r != null) {
                    for (int i = r[0]; i <= r[1]; i++) {
                        f.entity()[i] = e.type().name();
                    }
                }
            }
        }
    }
}
