/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.claim.tagger.Features;
import org.newsgraph.claim.tagger.LinearChain;

class PerceptronTrainerTest {
    private static final int BITS = 10;

    /** A toy task: label 1 for the word "a" and for a "b" right after an "a"; other words are noise. */
    private static PerceptronTrainer.Example example(Random r) {
        int n = 8 + r.nextInt(12);
        int[][] features = new int[n][];
        int[] labels = new int[n];
        Features f = new Features(BITS);
        String previous = "";
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(6);
            String w = k == 0 ? "a" : k == 1 ? "b" : "w" + r.nextInt(20);
            labels[i] = w.equals("a") || (w.equals("b") && previous.equals("a")) ? 1 : 0;
            features[i] = f.add("w", w).add("w-1", previous).add("bias").take();
            previous = w;
        }
        return new PerceptronTrainer.Example(features, labels);
    }

    private static boolean[] all(int labels) {
        boolean[] a = new boolean[(labels + 1) * labels];
        Arrays.fill(a, true);
        return a;
    }

    @Test
    void learnsATask() {
        Random r = new Random(7);
        List<PerceptronTrainer.Example> train = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            train.add(example(r));
        }
        LinearChain model = new PerceptronTrainer(2, BITS, all(2)).train(train, 5, 1, null);
        int right = 0;
        int total = 0;
        for (int i = 0; i < 100; i++) {
            PerceptronTrainer.Example e = example(r);
            int[] guess = model.decode(e.features());
            for (int t = 0; t < guess.length; t++) {
                right += guess[t] == e.labels()[t] ? 1 : 0;
                total++;
            }
        }
        assertEquals(total, right);
    }

    @Test
    void viterbiFindsTheBestAllowedSequence() {
        Random r = new Random(5);
        int labels = 3;
        float[] weights = new float[(1 << BITS) * labels];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) r.nextGaussian();
        }
        float[] transitions = new float[(labels + 1) * labels];
        boolean[] allowed = all(labels);
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = (float) r.nextGaussian();
            allowed[i] = r.nextInt(4) != 0 || i % labels == 0;
        }
        LinearChain model = new LinearChain(labels, BITS, weights, transitions, allowed);
        for (int round = 0; round < 50; round++) {
            int n = 1 + r.nextInt(6);
            int[][] features = new int[n][];
            for (int t = 0; t < n; t++) {
                features[t] = new int[] {r.nextInt(1 << BITS), r.nextInt(1 << BITS)};
            }
            double best = Double.NEGATIVE_INFINITY;
            int[] y = new int[n];
            for (int code = 0; code < Math.pow(labels, n); code++) {
                for (int t = 0, c = code; t < n; t++, c /= labels) {
                    y[t] = c % labels;
                }
                best = Math.max(best, score(model, weights, transitions, allowed, features, y));
            }
            double found = score(model, weights, transitions, allowed, features, model.decode(features));
            assertEquals(best, found, 1e-4);
        }
    }

    private static double score(LinearChain m, float[] weights, float[] transitions, boolean[] allowed,
            int[][] features, int[] y) {
        double s = 0;
        for (int t = 0; t < y.length; t++) {
            int k = (t == 0 ? 0 : y[t - 1] + 1) * m.labels() + y[t];
            if (!allowed[k]) {
                return Double.NEGATIVE_INFINITY;
            }
            s += transitions[k];
            for (int f : features[t]) {
                s += weights[f * m.labels() + y[t]];
            }
        }
        return s;
    }

    @Test
    void disallowedTransitionsAreNeverTaken() {
        boolean[] allowed = all(2);
        allowed[1] = false; // the start may not go to label 1
        allowed[(0 + 1) * 2 + 1] = false; // nor may 0 go to 1
        Random r = new Random(3);
        List<PerceptronTrainer.Example> train = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            train.add(example(r));
        }
        LinearChain model = new PerceptronTrainer(2, BITS, allowed).train(train, 2, 1, null);
        for (int i = 0; i < 20; i++) {
            int[] guess = model.decode(example(r).features());
            assertEquals(0, guess[0]);
            for (int t = 1; t < guess.length; t++) {
                assertEquals(0, guess[t] - guess[t - 1] == 1 ? 1 : 0, Arrays.toString(guess));
            }
        }
    }

    @Test
    void survivesWritingAndReading() throws IOException {
        Random r = new Random(11);
        List<PerceptronTrainer.Example> train = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            train.add(example(r));
        }
        LinearChain model = new PerceptronTrainer(2, BITS, all(2)).train(train, 3, 1, null);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        model.write(new DataOutputStream(buf));
        LinearChain back = LinearChain.read(new DataInputStream(new ByteArrayInputStream(buf.toByteArray())));
        for (int i = 0; i < 30; i++) {
            int[][] features = example(r).features();
            assertArrayEquals(model.decode(features), back.decode(features));
        }
        assertThrows(IOException.class, () -> LinearChain.read(new DataInputStream(new ByteArrayInputStream(
                new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))));
    }

    @Test
    void featureIdsAreStableAndDistinct() {
        Features f = new Features(BITS);
        int[] a = f.add("w", "sagte").add("w", "sagte").add("p", "VERB").take();
        assertEquals(2, a.length);
        assertArrayEquals(a, new Features(BITS).add("p", "VERB").add("w", "sagte").take());
        assertEquals(0, f.take().length);
    }
}
