/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A linear-chain sequence model: each label has a weight per hashed feature, each pair of successive labels a
 * transition weight; {@link #decode} finds the best-scoring label sequence (Viterbi) among the allowed transitions.
 * Immutable once built; thread-safe.
 */
public final class LinearChain {
    private static final int MAGIC = 0x4e474c43; // "NGLC"
    private final int labels;
    private final int bits;
    private final float[] weights;
    private final float[] transitions;
    private final boolean[] allowed;

    /**
     * @param labels      number of labels
     * @param bits        feature ids lie in [0, 2^bits)
     * @param weights     [feature * labels + label]
     * @param transitions [(previous + 1) * labels + label], previous -1 being the sequence start
     * @param allowed     same indexing as transitions: which steps decoding may take
     */
    public LinearChain(int labels, int bits, float[] weights, float[] transitions, boolean[] allowed) {
        this.labels = labels;
        this.bits = bits;
        this.weights = weights;
        this.transitions = transitions;
        this.allowed = allowed;
    }

    public int labels() {
        return labels;
    }

    public int bits() {
        return bits;
    }

    /** The best label sequence for a sequence of tokens, each given by its feature ids. */
    public int[] decode(int[][] features) {
        return decode(features, null);
    }

    /**
     * The best label sequence when each token's score for label y is raised by {@code bias[y]} (null: none), which
     * trades precision for recall of the labels raised.
     */
    public int[] decode(int[][] features, double[] bias) {
        int n = features.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[][] score = new double[n][labels];
        int[][] back = new int[n][labels];
        double[] emit = new double[labels];
        for (int t = 0; t < n; t++) {
            emissions(features[t], emit);
            if (bias != null) {
                for (int y = 0; y < labels; y++) {
                    emit[y] += bias[y];
                }
            }
            for (int y = 0; y < labels; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = -1;
                if (t == 0) {
                    if (allowed[y]) {
                        best = transitions[y];
                    }
                } else {
                    for (int p = 0; p < labels; p++) {
                        int k = (p + 1) * labels + y;
                        if (allowed[k] && score[t - 1][p] + transitions[k] > best) {
                            best = score[t - 1][p] + transitions[k];
                            arg = p;
                        }
                    }
                }
                score[t][y] = best + emit[y];
                back[t][y] = arg;
            }
        }
        int y = 0;
        for (int k = 1; k < labels; k++) {
            if (score[n - 1][k] > score[n - 1][y]) {
                y = k;
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            out[t] = y;
            y = back[t][y];
        }
        return out;
    }

    /** The summed feature weights of each label for one token. */
    public void emissions(int[] features, double[] out) {
        Arrays.fill(out, 0);
        for (int f : features) {
            int base = f * labels;
            for (int y = 0; y < labels; y++) {
                out[y] += weights[base + y];
            }
        }
    }

    /** Writes the model: weights quantised to 16 bits, only the non-zero ones, gaps as variable-length integers. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(labels);
        out.writeInt(bits);
        writeArray(out, transitions);
        for (boolean a : allowed) {
            out.writeBoolean(a);
        }
        writeArray(out, weights);
    }

    public static LinearChain read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a linear-chain model");
        }
        int labels = in.readInt();
        int bits = in.readInt();
        float[] transitions = readArray(in, (labels + 1) * labels);
        boolean[] allowed = new boolean[(labels + 1) * labels];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = in.readBoolean();
        }
        float[] weights = readArray(in, (1 << bits) * labels);
        return new LinearChain(labels, bits, weights, transitions, allowed);
    }

    private static void writeArray(DataOutputStream out, float[] a) throws IOException {
        float max = 0;
        for (float w : a) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        out.writeFloat(scale);
        int last = -1;
        int count = 0;
        for (float w : a) {
            count += Math.round(w / scale) != 0 ? 1 : 0;
        }
        out.writeInt(count);
        for (int i = 0; i < a.length; i++) {
            int q = Math.round(a[i] / scale);
            if (q != 0) {
                writeVarint(out, i - last);
                out.writeShort(q);
                last = i;
            }
        }
    }

    private static float[] readArray(DataInputStream in, int length) throws IOException {
        float scale = in.readFloat();
        int count = in.readInt();
        float[] a = new float[length];
        int i = -1;
        for (int k = 0; k < count; k++) {
            i += readVarint(in);
            a[i] = in.readShort() * scale;
        }
        return a;
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
