/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fundus evaluation metric: ROUGE-LSum ({@link RougeLsum}) of the extracted paragraphs (whitespace-normalised,
 * joined by blank lines) against the gold paragraphs. Gold paragraphs written in square brackets are optional: every
 * way of keeping or dropping them is a reference, and the best F1 counts (optional paragraphs without any word count
 * the same either way and are not enumerated). Corpus precision, recall and F1 are means over pages; the published
 * table prints them times 100.
 */
public final class RougeScorer implements Scorer {
    private final Map<String, List<String>> gold;
    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();
    private final List<Double> f1s = new ArrayList<>();

    public RougeScorer(Map<String, List<String>> gold) {
        this.gold = gold;
    }

    @Override
    public DocScore add(Page page, List<String> paragraphs) {
        List<String> normalized = new ArrayList<>();
        for (String p : paragraphs) {
            normalized.add(SnippetScorer.norm(p));
        }
        RougeLsum rouge = new RougeLsum(String.join("\n\n", normalized));
        RougeLsum.Score best = null;
        for (List<String> reference : references(gold.get(page.id()))) {
            RougeLsum.Score s = rouge.score(String.join("\n\n", reference));
            if (best == null || s.f1() > best.f1()) {
                best = s;
            }
        }
        precisions.add(best.precision());
        recalls.add(best.recall());
        f1s.add(best.f1());
        return new DocScore(page.id(), page.url(), best.precision(), best.recall(), best.f1());
    }

    /** Every reference body: the gold with each subset of its (wordy) optional paragraphs left out. */
    static List<List<String>> references(List<String> body) {
        List<Integer> optional = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (isOptional(body.get(i)) && !RougeLsum.tokens(body.get(i)).isEmpty()) {
                optional.add(i);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << optional.size(); mask++) {
            List<String> ref = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                String p = body.get(i);
                int k = optional.indexOf(i);
                if (k >= 0 && (mask & 1 << k) != 0) {
                    continue;
                }
                ref.add(isOptional(p) ? p.substring(1, p.length() - 1) : p);
            }
            out.add(ref);
        }
        return out;
    }

    static boolean isOptional(String p) {
        return p.length() >= 2 && p.charAt(0) == '[' && p.charAt(p.length() - 1) == ']';
    }

    @Override
    public double precision() {
        return ShingleScorer.mean(precisions);
    }

    @Override
    public double recall() {
        return ShingleScorer.mean(recalls);
    }

    /** The mean of the page F1 scores (not the harmonic mean of the means). */
    @Override
    public double f1() {
        return ShingleScorer.mean(f1s);
    }
}
