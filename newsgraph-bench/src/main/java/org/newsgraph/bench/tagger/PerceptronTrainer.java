/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.tagger;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsgraph.claim.tagger.LinearChain;

/**
 * Trains a {@link LinearChain} with the averaged structured perceptron (Collins 2002): decode each training sequence,
 * and where the best sequence differs from the gold one, add the gold features and subtract the predicted ones; the
 * model keeps the average of all weight vectors seen, which generalises much better than the last one. Sequences
 * are shuffled each epoch with a seeded random source, so training is reproducible.
 */
public final class PerceptronTrainer implements SequenceTrainer {
    /** One training sequence: each token's feature ids and its gold label. */
    public record Example(int[][] features, int[] labels) {}

    private final int labels;
    private final int bits;
    private final boolean[] allowed;

    /**
     * @param labels  number of labels
     * @param bits    feature ids lie in [0, 2^bits)
     * @param allowed [(previous + 1) * labels + label]: the transitions decoding may take (previous -1: the start)
     */
    public PerceptronTrainer(int labels, int bits, boolean[] allowed) {
        this.labels = labels;
        this.bits = bits;
        this.allowed = allowed.clone();
    }

    @Override
    public LinearChain train(List<Example> data, int epochs, long seed, PrintStream log) {
        int size = (1 << bits) * labels;
        float[] w = new float[size];
        double[] u = new double[size]; // sum of step * update, for the average
        float[] tw = new float[(labels + 1) * labels];
        double[] tu = new double[tw.length];
        List<Example> order = new ArrayList<>(prune(data, Integer.getInteger("mincount", 1)));
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int wrong = 0;
            int total = 0;
            for (Example e : order) {
                LinearChain current = new LinearChain(labels, bits, w, tw, allowed);
                int[] guess = current.decode(e.features());
                for (int t = 0; t < guess.length; t++) {
                    total++;
                    if (guess[t] != e.labels()[t]) {
                        wrong++;
                        update(w, u, e.features()[t], e.labels()[t], 1, step);
                        update(w, u, e.features()[t], guess[t], -1, step);
                    }
                    int gp = t == 0 ? 0 : e.labels()[t - 1] + 1;
                    int pp = t == 0 ? 0 : guess[t - 1] + 1;
                    if (gp != pp || guess[t] != e.labels()[t]) {
                        bump(tw, tu, gp * labels + e.labels()[t], 1, step);
                        bump(tw, tu, pp * labels + guess[t], -1, step);
                    }
                }
                step++;
            }
            if (log != null) {
                log.printf(Locale.ROOT, "  epoch %d: %d of %d tokens wrong (%.2f %%)%n", epoch, wrong, total,
                        100.0 * wrong / Math.max(1, total));
            }
        }
        return new LinearChain(labels, bits, average(w, u, step), average(tw, tu, step), allowed);
    }

    /** The examples without the features that occur in fewer than {@code minCount} tokens: rare ones only memorise. */
    private List<Example> prune(List<Example> data, int minCount) {
        if (minCount <= 1) {
            return data;
        }
        int[] count = new int[1 << bits];
        for (Example e : data) {
            for (int[] token : e.features()) {
                for (int f : token) {
                    count[f]++;
                }
            }
        }
        List<Example> out = new ArrayList<>(data.size());
        for (Example e : data) {
            int[][] kept = new int[e.features().length][];
            for (int t = 0; t < kept.length; t++) {
                kept[t] = java.util.Arrays.stream(e.features()[t]).filter(f -> count[f] >= minCount).toArray();
            }
            out.add(new Example(kept, e.labels()));
        }
        return out;
    }

    private void update(float[] w, double[] u, int[] features, int label, int sign, long step) {
        for (int f : features) {
            bump(w, u, f * labels + label, sign, step);
        }
    }

    private static void bump(float[] w, double[] u, int k, int sign, long step) {
        w[k] += sign;
        u[k] += sign * (double) step;
    }

    private static float[] average(float[] w, double[] u, long steps) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) (w[i] - u[i] / steps);
        }
        return out;
    }
}
