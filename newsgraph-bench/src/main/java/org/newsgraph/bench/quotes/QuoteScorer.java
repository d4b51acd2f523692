/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.bench.Assignment;

/**
 * The dataset authors' scoring, re-implemented: per document, predicted and gold quotations are aligned one-to-one so
 * that the summed token-overlap F1 of the quote spans is maximal (same form and medium break ties); then, per aligned
 * pair (and per unaligned quotation against an empty one), token-level true positives, false positives and false
 * negatives are counted for the quote and for each role. The headline figures are macro averages over pairs: the
 * precision of a role is the mean of the pairs' precisions where defined, likewise recall; F1 is their harmonic mean.
 * Micro figures (summed counts) are kept too.
 */
public final class QuoteScorer {
    public static final List<String> ROLES = List.of("quote", "speaker", "cue", "addressee", "frame");
    private final Map<String, Role> roles = new LinkedHashMap<>();

    public QuoteScorer() {
        ROLES.forEach(r -> roles.put(r, new Role()));
    }

    /** Accumulated counts of one role. */
    static final class Role {
        double precisionSum;
        int precisionCount;
        double recallSum;
        int recallCount;
        long tp;
        long fp;
        long fn;

        void add(List<Integer> gold, List<Integer> sys) {
            long t = 0;
            int g = 0;
            int s = 0;
            while (g < gold.size() && s < sys.size()) {
                int c = Integer.compare(gold.get(g), sys.get(s));
                if (c == 0) {
                    t++;
                    g++;
                    s++;
                } else if (c < 0) {
                    g++;
                } else {
                    s++;
                }
            }
            long f = sys.size() - t;
            long n = gold.size() - t;
            tp += t;
            fp += f;
            fn += n;
            if (t + f > 0) {
                precisionSum += (double) t / (t + f);
                precisionCount++;
            }
            if (t + n > 0) {
                recallSum += (double) t / (t + n);
                recallCount++;
            }
        }

        double macroPrecision() {
            return precisionCount == 0 ? 0 : precisionSum / precisionCount;
        }

        double macroRecall() {
            return recallCount == 0 ? 0 : recallSum / recallCount;
        }

        double macroF1() {
            double p = macroPrecision();
            double r = macroRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double microF1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /** Scores one document's predictions against its gold quotations. */
    public void add(List<QuoteDoc.Quotation> gold, List<QuoteDoc.Quotation> sys) {
        double[][] w = new double[gold.size()][sys.size()];
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < sys.size(); j++) {
                double o = overlapF1(gold.get(i).quote(), sys.get(j).quote());
                if (o > 0) {
                    o += Objects.equals(gold.get(i).form(), sys.get(j).form()) ? 0.01 : 0;
                    o += Objects.equals(gold.get(i).medium(), sys.get(j).medium()) ? 0.001 : 0;
                }
                w[i][j] = o;
            }
        }
        int[] match = Assignment.maximize(w);
        boolean[] usedSys = new boolean[sys.size()];
        QuoteDoc.Quotation empty = new QuoteDoc.Quotation(null, null, List.of(), List.of(), List.of(), List.of(),
                List.of());
        for (int i = 0; i < gold.size(); i++) {
            QuoteDoc.Quotation s = match[i] >= 0 ? sys.get(match[i]) : empty;
            if (match[i] >= 0) {
                usedSys[match[i]] = true;
            }
            pair(gold.get(i), s);
        }
        for (int j = 0; j < sys.size(); j++) {
            if (!usedSys[j]) {
                pair(empty, sys.get(j));
            }
        }
    }

    private void pair(QuoteDoc.Quotation g, QuoteDoc.Quotation s) {
        roles.get("quote").add(g.quote(), s.quote());
        roles.get("speaker").add(g.speaker(), s.speaker());
        roles.get("cue").add(g.cue(), s.cue());
        roles.get("addressee").add(g.addressee(), s.addressee());
        roles.get("frame").add(g.frame(), s.frame());
    }

    static double overlapF1(List<Integer> gold, List<Integer> sys) {
        if (gold.isEmpty() || sys.isEmpty()) {
            return 0;
        }
        List<Integer> common = new ArrayList<>(gold);
        common.retainAll(sys);
        int both = common.size();
        if (both == 0) {
            return 0;
        }
        double p = (double) both / sys.size();
        double r = (double) both / gold.size();
        return 2 * p * r / (p + r);
    }

    public double macroF1(String role) {
        return roles.get(role).macroF1();
    }

    public double macroPrecision(String role) {
        return roles.get(role).macroPrecision();
    }

    public double macroRecall(String role) {
        return roles.get(role).macroRecall();
    }

    public double microF1(String role) {
        return roles.get(role).microF1();
    }
}
