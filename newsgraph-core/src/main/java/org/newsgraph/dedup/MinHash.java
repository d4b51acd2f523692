/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MinHash signatures of a text's word 4-shingles (Broder's resemblance). Two texts' signatures agree in a fraction of
 * positions that estimates the Jaccard similarity of their shingle sets; syndicated copies of one wire story agree
 * almost everywhere, different stories about the same event almost nowhere. Stateless and thread-safe.
 */
public final class MinHash {
    /** Number of hash functions (positions) in a signature. */
    public static final int SIZE = 64;
    /** Words per shingle: long enough that two independent articles rarely share one. */
    public static final int SHINGLE = 4;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private MinHash() {}

    /** The signature of a text; a text with no word gives a signature that matches nothing but itself. */
    public static long[] of(String text) {
        List<String> words = words(text);
        long[] sig = new long[SIZE];
        Arrays.fill(sig, Long.MAX_VALUE);
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            long h = shingleHash(words, i, Math.min(words.size(), i + SHINGLE));
            for (int k = 0; k < SIZE; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (Long.compareUnsigned(v, sig[k]) < 0) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the shingle sets behind two signatures (0..1). */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + a.length + ", " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** The signature as bytes (big-endian longs), for storage. */
    public static byte[] toBytes(long[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) {
            b.putLong(v);
        }
        return b.array();
    }

    /** The signature stored by {@link #toBytes}. */
    public static long[] fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] sig = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = b.getLong();
        }
        return sig;
    }

    static List<String> words(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
        return t.isEmpty() ? List.of() : Arrays.asList(NON_WORD.split(t)).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static long shingleHash(List<String> words, int from, int to) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the words, with a separator between them
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            for (int c = 0; c < w.length(); c++) {
                h = (h ^ w.charAt(c)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser: a fast, well-mixing bijection on 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[SIZE];
        long x = 0x4e657773677261L; // fixed, so that signatures never change between runs or versions
        for (int i = 0; i < SIZE; i++) {
            x += 0x9e3779b97f4a7c15L;
            s[i] = mix(x);
        }
        return s;
    }
}
