/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.parser.nndep.Config;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The weights and vocabularies of a CoreNLP neural dependency parser model file ({@code nndep/*.gz}), read exactly as
 * CoreNLP's {@code DependencyParser.loadModelFile} reads them (same IDs, same floats), but laid out for
 * {@link NndepScorer}: the hidden layer's weights transposed so that one input column's weights for all hidden units
 * are contiguous, and the output layer's transposed likewise. Immutable once read.
 */
final class NndepModel {
    /** Feature positions per configuration (18 words, 18 tags, 12 labels), fixed by CoreNLP's feature set. */
    static final int FEATURES = Config.numTokens;

    final String file;
    final Language language;
    final int embeddingSize;
    final int hiddenSize;
    /** Labels in the model's order without the leading {@code -NULL-}: the first is the root label. */
    final List<String> labels;
    final Map<String, Integer> wordIds = new HashMap<>();
    final Map<String, Integer> posIds = new HashMap<>();
    final Map<String, Integer> labelIds = new HashMap<>();
    /** Embeddings: words, then tags, then labels, indexed by the IDs above. */
    final float[][] embeddings;
    /** Hidden weights transposed: {@code w1t[column * hiddenSize + unit]}, column = position * embeddingSize + d. */
    final float[] w1t;
    final float[] b1;
    /**
     * Output weights transposed, {@code w2t[unit * transitions + transition]}, widened to double (exactly: CoreNLP
     * widens each to multiply it with a double), so that the JIT can vectorize the loop over transitions.
     */
    final double[] w2t;
    final int transitions;
    /** The feature keys ({@code id * FEATURES + position}) the model lists for precomputing, most frequent first. */
    final int[] preComputed;

    private NndepModel(String file, Language language, int embeddingSize, int hiddenSize, List<String> labels,
            float[][] embeddings, float[] w1t, float[] b1, double[] w2t, int transitions, int[] preComputed) {
        this.file = file;
        this.language = language;
        this.embeddingSize = embeddingSize;
        this.hiddenSize = hiddenSize;
        this.labels = labels;
        this.embeddings = embeddings;
        this.w1t = w1t;
        this.b1 = b1;
        this.w2t = w2t;
        this.transitions = transitions;
        this.preComputed = preComputed;
    }

    /** Reads a model file from the classpath or the file system (gzipped or not). */
    static NndepModel load(String file) {
        try (BufferedReader in = IOUtils.readerFromString(file)) {
            Language language = new Config(new Properties()).language;
            String s = in.readLine();
            if (s.startsWith("language=")) { // newer model files name their language and treebank language pack
                language = Config.getLanguage(s.substring(9, s.length() - 1));
                in.readLine();
                s = in.readLine();
            }
            int nDict = value(s);
            int nPos = value(in.readLine());
            int nLabel = value(in.readLine());
            int eSize = value(in.readLine());
            int hSize = value(in.readLine());
            int nTokens = value(in.readLine());
            int nPreComputed = value(in.readLine());
            if (nTokens != FEATURES) {
                throw new IllegalStateException(file + ": " + nTokens + " feature positions, expected " + FEATURES);
            }
            float[][] e = new float[nDict + nPos + nLabel][];
            List<String> words = new ArrayList<>(nDict);
            List<String> tags = new ArrayList<>(nPos);
            List<String> labels = new ArrayList<>(nLabel);
            for (int k = 0; k < e.length; k++) {
                String line = in.readLine();
                int sp = line.indexOf(' ');
                (k < nDict ? words : k < nDict + nPos ? tags : labels).add(line.substring(0, sp));
                e[k] = floats(line, sp + 1, eSize);
            }
            int columns = eSize * nTokens;
            float[] w1t = new float[columns * hSize];
            for (int j = 0; j < columns; j++) {
                System.arraycopy(floats(in.readLine(), 0, hSize), 0, w1t, j * hSize, hSize);
            }
            float[] b1 = floats(in.readLine(), 0, hSize);
            int nTrans = nLabel * 2 - 1;
            double[] w2t = new double[hSize * nTrans];
            for (int j = 0; j < hSize; j++) {
                float[] row = floats(in.readLine(), 0, nTrans);
                for (int i = 0; i < nTrans; i++) {
                    w2t[j * nTrans + i] = row[i];
                }
            }
            int[] pre = new int[nPreComputed];
            int n = 0;
            while (n < nPreComputed) {
                for (String x : in.readLine().split(" ")) {
                    if (n < nPreComputed) {
                        pre[n++] = Integer.parseInt(x);
                    }
                }
            }
            NndepModel m = new NndepModel(file, language, eSize, hSize, labels.subList(1, labels.size()), e, w1t,
                    b1, w2t, nTrans, pre);
            // IDs as CoreNLP assigns them: one running index over words, tags and labels (a repeated entry: the last)
            int id = 0;
            for (String w : words) {
                m.wordIds.put(w, id++);
            }
            for (String t : tags) {
                m.posIds.put(t, id++);
            }
            for (String l : labels) {
                m.labelIds.put(l, id++);
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parser model " + file, e);
        }
    }

    int wordId(String word) {
        Integer id = wordIds.get(word);
        return id != null ? id : wordIds.get(Config.UNKNOWN);
    }

    int posId(String tag) {
        Integer id = posIds.get(tag);
        return id != null ? id : posIds.get(Config.UNKNOWN);
    }

    private static int value(String line) {
        return Integer.parseInt(line.substring(line.indexOf('=') + 1));
    }

    /** {@code n} space-separated floats from {@code from} on, parsed as CoreNLP parses them. */
    private static float[] floats(String line, int from, int n) {
        float[] out = new float[n];
        int p = from;
        for (int i = 0; i < n; i++) {
            int sp = line.indexOf(' ', p);
            int end = sp < 0 ? line.length() : sp;
            out[i] = Float.parseFloat(line.substring(p, end));
            p = end + 1;
        }
        return out;
    }
}
