/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScrapingHub article-extraction-benchmark metric, re-implemented from its description: tokens are runs of
 * letters, digits and underscores (Python's {@code \w+}, case kept); shingles are token 4-grams counted as multisets
 * (a text of fewer than four tokens is one shorter shingle, an empty text none). Per page TP, FP, FN are the multiset
 * intersection and the two differences; page precision is TP/(TP+FP) and recall TP/(TP+FN), both 1 when FP = FN = 0.
 * Corpus precision is the mean page precision over pages with TP+FP &gt; 0 (so an empty extraction costs recall only),
 * corpus recall the mean over pages with TP+FN &gt; 0, and F1 their harmonic mean.
 */
public final class ShingleScorer implements Scorer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private final Map<String, String> gold;
    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();

    /** A scorer against gold article bodies keyed by page id. */
    public ShingleScorer(Map<String, String> gold) {
        this.gold = gold;
    }

    @Override
    public DocScore add(Page page, List<String> paragraphs) {
        double[] tpFpFn = match(gold.getOrDefault(page.id(), ""), String.join("\n", paragraphs));
        double tp = tpFpFn[0];
        double fp = tpFpFn[1];
        double fn = tpFpFn[2];
        double p = fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        double r = fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        if (tp + fp > 0) {
            precisions.add(p);
        }
        if (tp + fn > 0) {
            recalls.add(r);
        }
        return new DocScore(page.id(), page.url(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** TP, FP and FN over the shingles of gold and predicted text. */
    static double[] match(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, e.getValue());
            fp += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        return new double[] {tp, fp, fn};
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!s.isEmpty()) {
                out.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return out;
    }

    @Override
    public double precision() {
        return mean(precisions);
    }

    @Override
    public double recall() {
        return mean(recalls);
    }

    @Override
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double mean(List<Double> xs) {
        return xs.isEmpty() ? 0 : xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size();
    }
}
