/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-duplicate texts (syndicated wire copies, lightly edited reprints) by locality-sensitive hashing of their
 * MinHash signatures: signatures are cut into bands, texts sharing a band are candidates, and candidates whose
 * estimated Jaccard similarity reaches {@link #THRESHOLD} are joined. The result does not depend on input order.
 * Stateless and thread-safe.
 */
public final class NearDuplicates {
    /** Estimated shingle Jaccard similarity from which two texts count as copies of one text. */
    public static final double THRESHOLD = 0.5;
    /** Rows per band: 16 bands of 4 rows find pairs at similarity 0.5 with probability about 0.65, at 0.7 0.98. */
    static final int ROWS = 4;
    /** At most this many earlier bucket members are compared with each text, so a boilerplate bucket stays cheap. */
    static final int MAX_COMPARISONS = 64;

    /** A text's id and signature. */
    public record Signed(String id, long[] signature) {}

    private NearDuplicates() {}

    /**
     * Maps every id to its group: the smallest id among the texts it is (transitively) a near-duplicate of, itself
     * when it has none.
     */
    public static Map<String, String> groups(List<Signed> texts) {
        List<Signed> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparing(Signed::id));
        UnionFind uf = new UnionFind(sorted.size());
        for (int band = 0; band < MinHash.SIZE / ROWS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                long[] sig = sorted.get(i).signature();
                long key = Arrays.hashCode(Arrays.copyOfRange(sig, band * ROWS, band * ROWS + ROWS));
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                joinSimilar(sorted, bucket, uf);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.put(sorted.get(i).id(), sorted.get(uf.find(i)).id());
        }
        return out;
    }

    private static void joinSimilar(List<Signed> sorted, List<Integer> bucket, UnionFind uf) {
        for (int j = 1; j < bucket.size(); j++) {
            int b = bucket.get(j);
            for (int i = j - 1; i >= Math.max(0, j - MAX_COMPARISONS); i--) {
                int a = bucket.get(i);
                if (uf.find(a) != uf.find(b)
                        && MinHash.similarity(sorted.get(a).signature(), sorted.get(b).signature()) >= THRESHOLD) {
                    uf.union(a, b);
                }
            }
        }
    }
}
