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
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Summary-level ROUGE-L ("ROUGE-LSum") as the {@code rouge-score} package computes it, re-implemented from its
 * description. Texts are split into sentences ({@link SentenceSplitter}); each sentence is lower-cased, every run of
 * characters other than {@code a-z0-9} becomes a space, and the remaining words are its tokens (no stemming). For
 * each reference sentence the union of its longest-common-subsequence positions with every candidate sentence is
 * taken; a token of that union is a hit while both texts still have unclaimed occurrences of it. Precision is hits
 * over candidate tokens, recall hits over reference tokens, F1 their harmonic mean (0 when either text is empty).
 * Not thread-safe: it remembers unions per reference sentence for the candidate it was made for.
 */
final class RougeLsum {
    /** Precision, recall and F1 of one comparison. */
    record Score(double precision, double recall, double f1) {}

    private final List<List<String>> candidate;
    private final Map<String, List<String>> unions = new HashMap<>();

    /** A scorer of references against one candidate text. */
    RougeLsum(String candidateText) {
        this.candidate = sentences(candidateText);
    }

    Score score(String referenceText) {
        List<String> refSentences = SentenceSplitter.split(referenceText);
        List<List<String>> reference = new ArrayList<>();
        for (String s : refSentences) {
            reference.add(tokens(s));
        }
        int m = reference.stream().mapToInt(List::size).sum();
        int n = candidate.stream().mapToInt(List::size).sum();
        if (m == 0 || n == 0) {
            return new Score(0, 0, 0);
        }
        Map<String, Integer> refCounts = counts(reference);
        Map<String, Integer> candCounts = counts(candidate);
        int hits = 0;
        for (int k = 0; k < reference.size(); k++) {
            List<String> ref = reference.get(k);
            List<String> union = unions.computeIfAbsent(String.join(" ", ref), x -> union(ref));
            for (String t : union) {
                int rc = refCounts.getOrDefault(t, 0);
                int cc = candCounts.getOrDefault(t, 0);
                if (rc > 0 && cc > 0) {
                    hits++;
                    refCounts.put(t, rc - 1);
                    candCounts.put(t, cc - 1);
                }
            }
        }
        double p = (double) hits / n;
        double r = (double) hits / m;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String s : SentenceSplitter.split(text)) {
            out.add(tokens(s));
        }
        return out;
    }

    /** The rouge-score default tokenizer without stemming. */
    static List<String> tokens(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(List<List<String>> sentences) {
        Map<String, Integer> m = new HashMap<>();
        for (List<String> s : sentences) {
            for (String t : s) {
                m.merge(t, 1, Integer::sum);
            }
        }
        return m;
    }

    /** The reference tokens, in order, that lie on an LCS with at least one candidate sentence. */
    private List<String> union(List<String> ref) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (List<String> can : candidate) {
            positions.addAll(lcsPositions(ref, can));
        }
        List<String> out = new ArrayList<>(positions.size());
        for (int i : positions) {
            out.add(ref.get(i));
        }
        return out;
    }

    /** Positions in {@code ref} of one LCS with {@code can}, backtracked as rouge-score does. */
    static List<Integer> lcsPositions(List<String> ref, List<String> can) {
        int rows = ref.size();
        int cols = can.size();
        int[][] t = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                t[i][j] = ref.get(i - 1).equals(can.get(j - 1)) ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        List<Integer> out = new ArrayList<>();
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(can.get(j - 1))) {
                out.add(i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return out;
    }
}
