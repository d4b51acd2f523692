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
 * Trains a {@link LinearChain} as a conditional random field: the weights maximise the log-likelihood of the gold
 * label sequences (forward-backward for the expectations) minus an L2 penalty, by stochastic gradient steps with
 * per-weight AdaGrad step sizes. Unlike the perceptron it weighs labels the data leaves ambiguous by how often they
 * hold, which suits annotations that tell apart close cases. Sequences are shuffled with a seeded random source.
 */
public final class CrfTrainer implements SequenceTrainer {
    private final int labels;
    private final int bits;
    private final boolean[] allowed;
    private final double rate;
    private final double l2;

    /**
     * @param rate AdaGrad's base step size
     * @param l2   the L2 penalty per weight and sequence
     */
    public CrfTrainer(int labels, int bits, boolean[] allowed, double rate, double l2) {
        this.labels = labels;
        this.bits = bits;
        this.allowed = allowed.clone();
        this.rate = rate;
        this.l2 = l2;
    }

    @Override
    public LinearChain train(List<PerceptronTrainer.Example> data, int epochs, long seed, PrintStream log) {
        float[] w = new float[(1 << bits) * labels];
        float[] tw = new float[(labels + 1) * labels];
        float[] g2 = new float[w.length];
        float[] tg2 = new float[tw.length];
        LinearChain model = new LinearChain(labels, bits, w, tw, allowed);
        List<PerceptronTrainer.Example> order = new ArrayList<>(data);
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            double loss = 0;
            for (PerceptronTrainer.Example e : order) {
                loss += step(model, w, tw, g2, tg2, e);
            }
            if (log != null) {
                log.printf(Locale.ROOT, "  epoch %d: negative log-likelihood %.1f%n", epoch, loss);
            }
        }
        return model;
    }

    /** One gradient step on one sequence; returns its negative log-likelihood. */
    private double step(LinearChain m, float[] w, float[] tw, float[] g2, float[] tg2, PerceptronTrainer.Example e) {
        int n = e.labels().length;
        if (n == 0) {
            return 0;
        }
        double[][] emit = new double[n][labels];
        for (int t = 0; t < n; t++) {
            m.emissions(e.features()[t], emit[t]);
        }
        double[][] alpha = new double[n][labels];
        double[][] beta = new double[n][labels];
        forward(emit, tw, alpha);
        backward(emit, tw, beta);
        double logZ = logSum(alpha[n - 1]);
        double gold = 0;
        for (int t = 0; t < n; t++) {
            int y = e.labels()[t];
            gold += emit[t][y] + tw[(t == 0 ? 0 : e.labels()[t - 1] + 1) * labels + y];
        }
        double[] grad = new double[labels];
        for (int t = 0; t < n; t++) {
            for (int y = 0; y < labels; y++) {
                grad[y] = (y == e.labels()[t] ? 1 : 0) - Math.exp(alpha[t][y] + beta[t][y] - logZ);
            }
            for (int f : e.features()[t]) {
                for (int y = 0; y < labels; y++) {
                    int k = f * labels + y;
                    update(w, g2, k, grad[y] - l2 * w[k]);
                }
            }
            for (int p = t == 0 ? -1 : 0; p < (t == 0 ? 0 : labels); p++) {
                for (int y = 0; y < labels; y++) {
                    int k = (p + 1) * labels + y;
                    if (!allowed[k]) {
                        continue;
                    }
                    double expected = t == 0 ? Math.exp(alpha[0][y] + beta[0][y] - logZ)
                            : Math.exp(alpha[t - 1][p] + tw[k] + emit[t][y] + beta[t][y] - logZ);
                    int goldPrev = t == 0 ? -1 : e.labels()[t - 1];
                    double observed = goldPrev == p && e.labels()[t] == y ? 1 : 0;
                    update(tw, tg2, k, observed - expected);
                }
            }
        }
        return logZ - gold;
    }

    private void update(float[] w, float[] g2, int k, double g) {
        if (g == 0) {
            return;
        }
        g2[k] += (float) (g * g);
        w[k] += (float) (rate * g / Math.sqrt(g2[k] + 1e-6));
    }

    private void forward(double[][] emit, float[] tw, double[][] alpha) {
        double[] tmp = new double[labels];
        for (int y = 0; y < labels; y++) {
            alpha[0][y] = allowed[y] ? tw[y] + emit[0][y] : Double.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < emit.length; t++) {
            for (int y = 0; y < labels; y++) {
                for (int p = 0; p < labels; p++) {
                    int k = (p + 1) * labels + y;
                    tmp[p] = allowed[k] ? alpha[t - 1][p] + tw[k] : Double.NEGATIVE_INFINITY;
                }
                alpha[t][y] = logSum(tmp) + emit[t][y];
            }
        }
    }

    private void backward(double[][] emit, float[] tw, double[][] beta) {
        int n = emit.length;
        double[] tmp = new double[labels];
        java.util.Arrays.fill(beta[n - 1], 0);
        for (int t = n - 2; t >= 0; t--) {
            for (int p = 0; p < labels; p++) {
                for (int y = 0; y < labels; y++) {
                    int k = (p + 1) * labels + y;
                    tmp[y] = allowed[k] ? tw[k] + emit[t + 1][y] + beta[t + 1][y] : Double.NEGATIVE_INFINITY;
                }
                beta[t][p] = logSum(tmp);
            }
        }
    }

    private static double logSum(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double x : v) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }
}
