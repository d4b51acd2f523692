/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.Arrays;

/**
 * Collects one token's features as hashed ids in [0, 2^bits) (FNV-1a over the feature's characters, so ids are the
 * same on every machine). Collisions are accepted: they cost a little accuracy and keep the model small. Not
 * thread-safe: one instance per sequence being built.
 */
public final class Features {
    private final int mask;
    private int[] ids = new int[96];
    private int n;

    public Features(int bits) {
        this.mask = (1 << bits) - 1;
    }

    /** Adds one feature, named by prefix and value ("w=sagte"). */
    public Features add(String prefix, String value) {
        int h = 0x811c9dc5;
        h = mix(h, prefix);
        h = (h ^ '=') * 0x01000193;
        h = mix(h, value == null ? "\u0000" : value);
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n++] = (h ^ (h >>> 15)) & mask;
        return this;
    }

    /** Adds a yes/no feature ("konj=1"). */
    public Features add(String prefix, boolean value) {
        return add(prefix, value ? "1" : "0");
    }

    /** Adds a feature without a value ("bias", "first"). */
    public Features add(String name) {
        return add(name, "");
    }

    /** The distinct ids collected since the last call; starts a new token. */
    public int[] take() {
        int[] out = Arrays.copyOf(ids, n);
        Arrays.sort(out);
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[k++] = out[i];
            }
        }
        n = 0;
        return Arrays.copyOf(out, k);
    }

    private static int mix(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }
}
