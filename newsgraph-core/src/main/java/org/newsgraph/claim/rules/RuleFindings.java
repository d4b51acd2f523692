/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.List;
import java.util.Set;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Draft;

/**
 * What the rules find in one article, for a learned tagger to take as evidence: the rules' own claims, and per
 * sentence the lexicon cues with the speaker phrase the rules see for each, the subjunctive verb forms and whether
 * the sentence reports with "soll"; and the article's quotation-marked spans. Immutable.
 *
 * @param drafts      the rules' claims before assembly, in text order
 * @param sentences   one entry per sentence, in order
 * @param marked      every quotation-marked span of the article text
 * @param quotations  those of {@code marked} that read as quotations (not names, titles or scare quotes)
 */
public record RuleFindings(List<Draft> drafts, List<Sentence> sentences, List<QuoteMarks.Quoted> marked,
        List<QuoteMarks.Quoted> quotations) {

    public RuleFindings {
        drafts = List.copyOf(drafts);
        sentences = List.copyOf(sentences);
        marked = List.copyOf(marked);
        quotations = List.copyOf(quotations);
    }

    /**
     * The rules' view of one sentence.
     *
     * @param cues        its lexicon cues
     * @param speakers    for each cue, the speaker phrase as token indices [first, last], or {@code null}
     * @param subjunctive token indices of subjunctive verb forms
     * @param reportive   true when it reports with "soll"/"sollen" ("Er soll geflohen sein")
     */
    public record Sentence(List<CueOccurrence> cues, List<int[]> speakers, Set<Integer> subjunctive,
            boolean reportive) {
        public Sentence {
            cues = List.copyOf(cues);
            speakers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(speakers));
            subjunctive = Set.copyOf(subjunctive);
        }
    }
}
