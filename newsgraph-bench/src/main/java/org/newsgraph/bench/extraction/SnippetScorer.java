/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The trafilatura evaluation metric, re-implemented from its description: the extraction and every gold snippet are
 * whitespace-normalised (runs of whitespace become one space, ends stripped); a "with" snippet found as a substring
 * is a true positive, else a false negative; a "without" snippet found is a false positive, else a true negative.
 * Counts are summed over the corpus (micro-average); a failed extraction finds nothing.
 */
public final class SnippetScorer implements Scorer {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The snippets of one page. */
    public record Snippets(List<String> with, List<String> without) {}

    private final Map<String, Snippets> gold;
    private long tp;
    private long fp;
    private long fn;
    private long tn;

    public SnippetScorer(Map<String, Snippets> gold) {
        this.gold = gold;
    }

    @Override
    public DocScore add(Page page, List<String> paragraphs) {
        Snippets s = gold.get(page.id());
        String text = norm(String.join("\n", paragraphs));
        int docTp = 0;
        int docFp = 0;
        for (String w : s.with()) {
            if (!text.isEmpty() && text.contains(norm(w))) {
                docTp++;
            }
        }
        for (String w : s.without()) {
            if (!text.isEmpty() && text.contains(norm(w))) {
                docFp++;
            }
        }
        tp += docTp;
        fp += docFp;
        fn += s.with().size() - docTp;
        tn += s.without().size() - docFp;
        double p = docTp + docFp == 0 ? 0 : (double) docTp / (docTp + docFp);
        double r = s.with().isEmpty() ? 1 : (double) docTp / s.with().size();
        return new DocScore(page.id(), page.url(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static String norm(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    @Override
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    @Override
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    @Override
    public double f1() {
        double d = 2.0 * tp + fp + fn;
        return d == 0 ? 0 : 2.0 * tp / d;
    }

    /** The share of snippets judged right, with and without: (TP + TN) / all. */
    public double accuracy() {
        long all = tp + fp + fn + tn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }
}
