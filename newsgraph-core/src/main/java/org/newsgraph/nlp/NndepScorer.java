/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import edu.stanford.nlp.parser.nndep.Config;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The transition scores of CoreNLP's neural dependency parser (Chen and Manning's feed-forward network: 48 embedded
 * features, one cube-activated hidden layer, one score per transition), computed over a model's own weights with the
 * same arithmetic as CoreNLP's {@code nndep.Classifier.computeScores}, so that every score is the same double:
 * <ul>
 *   <li>a feature's contribution to the hidden layer (its embedding times its slice of the hidden weights) is summed
 *       in double over float products in the same order; CoreNLP keeps the contributions of the first
 *       {@code numPreComputed} (20,000) listed features in double and rounds every other to float (its cache holds
 *       floats), and so does this class;</li>
 *   <li>contributions are added to the hidden layer in feature order, the bias and the cube follow, and each score is
 *       summed over the hidden units in order.</li>
 * </ul>
 * What differs is the cost: contributions of <em>all</em> the features the model file lists (about 100,000, not
 * 20,000) are kept once computed, in a table filled lazily and without locks; the others go through a small
 * direct-mapped cache per thread instead of CoreNLP's synchronized LRU map; and the weights are transposed so that
 * each loop runs over contiguous memory. Thread-safe.
 */
final class NndepScorer {
    private static final int CHUNK = 64;
    private static final int CACHE_SLOTS = 2048;

    private final NndepModel m;
    private final int h;
    private final int t;
    /** Feature key ({@code id * 48 + position}) to its row in the table, or -1. */
    private final int[] slot;
    /** Rows below this are kept in double, as CoreNLP's precomputed ones; the others in float, as its cached ones. */
    private final int exactRows;
    private final AtomicReferenceArray<double[]> exact;
    private final AtomicReferenceArray<float[]> rounded;
    private final AtomicIntegerArray ready;
    private final ThreadLocal<Scratch> scratch;

    NndepScorer(NndepModel model) {
        m = model;
        h = model.hiddenSize;
        t = model.transitions;
        slot = new int[model.embeddings.length * NndepModel.FEATURES];
        Arrays.fill(slot, -1);
        Config defaults = new Config(new Properties()); // what loadFromModelFile(model) runs with
        if (defaults.numCached <= 0) {
            throw new IllegalStateException("CoreNLP's parser runs without its cache: its arithmetic differs");
        }
        int rows = 0;
        int doubles = 0;
        for (int i = 0; i < model.preComputed.length; i++) {
            int key = model.preComputed[i];
            if (key >= 0 && key < slot.length && slot[key] < 0) {
                slot[key] = rows++;
                if (i < defaults.numPreComputed) {
                    doubles = rows;
                }
            }
        }
        if (doubles != Math.min(rows, defaults.numPreComputed)) {
            throw new IllegalStateException(model.file + ": repeated precomputed features among the first "
                    + defaults.numPreComputed);
        }
        exactRows = doubles;
        exact = new AtomicReferenceArray<>((doubles + CHUNK - 1) / CHUNK);
        rounded = new AtomicReferenceArray<>((rows - doubles + CHUNK - 1) / CHUNK);
        ready = new AtomicIntegerArray(rows);
        scratch = ThreadLocal.withInitial(() -> new Scratch(h));
    }

    int transitions() {
        return t;
    }

    /** The score of every transition for the features of one configuration (word, tag and label IDs). */
    double[] scores(int[] features) {
        Scratch s = scratch.get();
        double[] hidden = s.hidden;
        Arrays.fill(hidden, 0.0);
        for (int j = 0; j < features.length; j++) {
            int key = features[j] * NndepModel.FEATURES + j;
            int row = slot[key];
            if (row < 0) {
                add(hidden, s.cached(this, key), s.cachedOffset(key));
            } else if (row < exactRows) {
                double[] chunk = exactRow(row, key, s);
                int off = (row % CHUNK) * h;
                for (int i = 0; i < h; i++) {
                    hidden[i] += chunk[off + i];
                }
            } else {
                add(hidden, roundedRow(row, key, s), ((row - exactRows) % CHUNK) * h);
            }
        }
        float[] b1 = m.b1;
        for (int u = 0; u < h; u++) {
            double v = hidden[u] + b1[u];
            hidden[u] = v * v * v;
        }
        double[] scores = new double[t];
        double[] w2t = m.w2t;
        int i = 0;
        // four hidden units per pass: each score still adds its products one unit after the other, in unit order
        for (; i + 3 < h; i += 4) {
            double v0 = hidden[i];
            double v1 = hidden[i + 1];
            double v2 = hidden[i + 2];
            double v3 = hidden[i + 3];
            int b0 = i * t;
            int c1 = b0 + t;
            int c2 = c1 + t;
            int c3 = c2 + t;
            for (int k = 0; k < t; k++) {
                double x = scores[k];
                x += v0 * w2t[b0 + k];
                x += v1 * w2t[c1 + k];
                x += v2 * w2t[c2 + k];
                x += v3 * w2t[c3 + k];
                scores[k] = x;
            }
        }
        for (; i < h; i++) {
            double v = hidden[i];
            int base = i * t;
            for (int k = 0; k < t; k++) {
                scores[k] += v * w2t[base + k];
            }
        }
        return scores;
    }

    private void add(double[] hidden, float[] rows, int off) {
        for (int i = 0; i < h; i++) {
            hidden[i] += rows[off + i];
        }
    }

    private double[] exactRow(int row, int key, Scratch s) {
        int c = row / CHUNK;
        double[] chunk = exact.get(c);
        if (chunk == null) {
            exact.compareAndSet(c, null, new double[CHUNK * h]);
            chunk = exact.get(c);
        }
        if (ready.get(row) == 0) {
            double[] acc = s.contribution(this, key);
            System.arraycopy(acc, 0, chunk, (row % CHUNK) * h, h);
            ready.set(row, 1);
        }
        return chunk;
    }

    private float[] roundedRow(int row, int key, Scratch s) {
        int r = row - exactRows;
        int c = r / CHUNK;
        float[] chunk = rounded.get(c);
        if (chunk == null) {
            rounded.compareAndSet(c, null, new float[CHUNK * h]);
            chunk = rounded.get(c);
        }
        if (ready.get(row) == 0) {
            double[] acc = s.contribution(this, key);
            int off = (r % CHUNK) * h;
            for (int i = 0; i < h; i++) {
                chunk[off + i] = (float) acc[i];
            }
            ready.set(row, 1);
        }
        return chunk;
    }

    /**
     * One feature's contribution to the hidden layer, {@code W1[:, cols] · E[id]}, summed per unit in double over
     * float products in embedding order (CoreNLP's {@code matrixMultiplySlice}), into {@code acc}.
     */
    void contribution(int key, double[] acc) {
        int id = key / NndepModel.FEATURES;
        int position = key % NndepModel.FEATURES;
        float[] e = m.embeddings[id];
        float[] w1t = m.w1t;
        Arrays.fill(acc, 0.0);
        for (int d = 0; d < e.length; d++) {
            float x = e[d];
            int base = (position * m.embeddingSize + d) * h;
            for (int i = 0; i < h; i++) {
                acc[i] += w1t[base + i] * x;
            }
        }
    }

    /** Per-thread buffers and the cache of contributions of features the table does not hold (rounded to float). */
    private static final class Scratch {
        final double[] hidden;
        final double[] acc;
        final int[] keys = new int[CACHE_SLOTS];
        final float[] rows;
        private final int h;

        Scratch(int h) {
            this.h = h;
            hidden = new double[h];
            acc = new double[h];
            rows = new float[CACHE_SLOTS * h];
            Arrays.fill(keys, -1);
        }

        double[] contribution(NndepScorer scorer, int key) {
            scorer.contribution(key, acc);
            return acc;
        }

        float[] cached(NndepScorer scorer, int key) {
            int c = index(key);
            if (keys[c] != key) {
                scorer.contribution(key, acc);
                int off = c * h;
                for (int i = 0; i < h; i++) {
                    rows[off + i] = (float) acc[i];
                }
                keys[c] = key;
            }
            return rows;
        }

        int cachedOffset(int key) {
            return index(key) * h;
        }

        private static int index(int key) {
            return (key * 0x9E3779B1 >>> 16) & (CACHE_SLOTS - 1);
        }
    }
}
