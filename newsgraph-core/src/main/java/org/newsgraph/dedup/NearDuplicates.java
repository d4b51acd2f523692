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

    /** Bands per signature: texts sharing the bucket of any band are compared. */
    public static final int BANDS = MinHash.SIZE / ROWS;

    private static final Comparator<Signed> BY_ID = Comparator.comparing(Signed::id);

    /** A text's id and signature. */
    public record Signed(String id, long[] signature) {}

    private NearDuplicates() {}

    /**
     * Maps every id to its group: the smallest id among the texts it is (transitively) a near-duplicate of, itself
     * when it has none.
     */
    public static Map<String, String> groups(List<Signed> texts) {
        List<Signed> sorted = new ArrayList<>(texts);
        sorted.sort(BY_ID);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).id(), i);
        }
        UnionFind uf = new UnionFind(sorted.size());
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Signed>> buckets = new HashMap<>();
            for (Signed t : sorted) {
                buckets.computeIfAbsent(bucket(t.signature(), band), k -> new ArrayList<>()).add(t);
            }
            for (List<Signed> bucket : buckets.values()) {
                for (String[] link : links(bucket)) {
                    uf.union(index.get(link[0]), index.get(link[1]));
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.put(sorted.get(i).id(), sorted.get(uf.find(i)).id());
        }
        return out;
    }

    /** The bucket of a signature in one band (0 … {@link #BANDS} - 1); buckets of different bands never meet. */
    public static long bucket(long[] signature, int band) {
        return Arrays.hashCode(Arrays.copyOfRange(signature, band * ROWS, band * ROWS + ROWS));
    }

    /**
     * The near-duplicate links within one bucket of one band: pairs of ids (smaller id first in bucket order) whose
     * estimated similarity reaches {@link #THRESHOLD}, each text compared with at most {@link #MAX_COMPARISONS}
     * preceding ones in id order. Enough links to connect what the bucket connects (a pair already connected within
     * the bucket is not compared again); the groups are the connected components over all buckets of all bands. A
     * distributed host (the Spark job) calls this per bucket and joins the components itself.
     */
    public static List<String[]> links(List<Signed> bucket) {
        if (bucket.size() < 2) {
            return List.of();
        }
        List<Signed> sorted = new ArrayList<>(bucket);
        sorted.sort(BY_ID);
        UnionFind uf = new UnionFind(sorted.size());
        List<String[]> out = new ArrayList<>();
        for (int b = 1; b < sorted.size(); b++) {
            for (int a = b - 1; a >= Math.max(0, b - MAX_COMPARISONS); a--) {
                if (uf.find(a) != uf.find(b)
                        && MinHash.similarity(sorted.get(a).signature(), sorted.get(b).signature()) >= THRESHOLD) {
                    uf.union(a, b);
                    out.add(new String[] {sorted.get(a).id(), sorted.get(b).id()});
                }
            }
        }
        return out;
    }
}
