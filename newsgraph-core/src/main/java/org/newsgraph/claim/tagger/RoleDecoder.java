/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.newsgraph.claim.Cue;
import org.newsgraph.claim.CueOccurrence;
import org.newsgraph.claim.Draft;
import org.newsgraph.claim.Tags;
import org.newsgraph.claim.rules.QuoteMarks;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.Token;

/**
 * Turns the taggers' labels into claim drafts: the quotation's runs of tokens become content parts, the run of
 * speaker (addressee) labels nearest to the quotation its speaker (addressee), the cue labels of one sentence its cue
 * (with the lexicon's entry when a lexicon cue is among them, for certainty).
 */
final class RoleDecoder {
    private RoleDecoder() {}

    /** The claim of one quotation from the role tagger's labels of its window. */
    static Draft draft(Evidence c, QuoteLabels.Quote q, RoleFeatures.Window w, int[] roles) {
        List<int[]> parts = new ArrayList<>();
        int runStart = q.first();
        int prev = q.first();
        for (int i = 1; i <= q.tokens().size(); i++) {
            int t = i < q.tokens().size() ? q.tokens().get(i) : -1;
            if (t != prev + 1) {
                parts.add(c.toks().chars(runStart, prev));
                runStart = t;
            }
            prev = t;
        }
        int[] speaker = nearestRun(c, q, w, roles, RoleFeatures.SPEAKER);
        int[] addressee = nearestRun(c, q, w, roles, RoleFeatures.ADDRESSEE);
        CueOccurrence cue = cue(c, q, w, roles);
        int first = c.toks().sentenceOf(q.first());
        int last = c.toks().sentenceOf(q.last());
        if (cue != null) {
            first = Math.min(first, cue.sentence());
            last = Math.max(last, cue.sentence());
        }
        return new Draft(first, last, cue, speaker, addressee, parts, q.form().kind(), "tagger:" + q.form().methodName());
    }

    /**
     * The run of {@code label} closest to the quotation, as characters, or null. A comma or bracket between two runs
     * is bridged: an apposition belongs to the speaker ("Celebi, die Anwältin der Frau").
     */
    private static int[] nearestRun(Evidence c, QuoteLabels.Quote q, RoleFeatures.Window w, int[] roles, int label) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != label || (i > 0 && roles[i - 1] == label)) {
                continue;
            }
            int j = i;
            while (true) {
                if (j + 1 < roles.length && roles[j + 1] == label) {
                    j++;
                } else if (j + 2 < roles.length && roles[j + 2] == label && bridge(c, w.from() + j + 1)) {
                    j += 2;
                } else {
                    break;
                }
            }
            int a = w.from() + i;
            int b = w.from() + j;
            int d = b < q.first() ? q.first() - b : a > q.last() ? a - q.last() : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = c.toks().chars(a, b);
            }
            i = j;
        }
        return best;
    }

    private static boolean bridge(Evidence c, int t) {
        String w = c.lower(t);
        return w.equals(",") || w.equals("(") || w.equals(")");
    }

    /** The cue tokens of the sentence whose cue label lies nearest to the quotation. */
    private static CueOccurrence cue(Evidence c, QuoteLabels.Quote q, RoleFeatures.Window w, int[] roles) {
        int nearest = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < roles.length; i++) {
            int t = w.from() + i;
            int d = t < q.first() ? q.first() - t : t > q.last() ? t - q.last() : 0;
            if (roles[i] == RoleFeatures.CUE && d < bestDistance) {
                bestDistance = d;
                nearest = t;
            }
        }
        if (nearest < 0) {
            return null;
        }
        int s = c.toks().sentenceOf(nearest);
        TreeSet<Integer> local = new TreeSet<>();
        for (int i = 0; i < roles.length; i++) {
            int t = w.from() + i;
            if (roles[i] == RoleFeatures.CUE && c.toks().sentenceOf(t) == s) {
                local.add(t - c.toks().first(s));
            }
        }
        for (CueOccurrence o : c.cues(s)) {
            if (local.contains(o.head())) {
                return new CueOccurrence(s, o.head(), o.cue(), List.copyOf(local), o.noun());
            }
        }
        int head = local.first();
        for (int k : local) {
            if (Tags.isVerb(c.toks().token(c.toks().at(s, k)).pos())) {
                head = k;
                break;
            }
        }
        Token t = c.toks().token(c.toks().at(s, head));
        String lemma = t.lemma() == null ? c.lower(c.toks().at(s, head)) : t.lemma();
        return new CueOccurrence(s, head, new Cue(lemma, Cue.Kind.SPEECH, Certainty.REPORTED, false),
                List.copyOf(local), -1);
    }
}
