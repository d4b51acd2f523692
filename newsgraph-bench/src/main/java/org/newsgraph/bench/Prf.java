/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench;

/** Counts of true positives, predictions and gold items, with precision, recall and F1. */
public final class Prf {
    private long tp;
    private long predicted;
    private long gold;

    public void add(long truePositives, long predictedCount, long goldCount) {
        tp += truePositives;
        predicted += predictedCount;
        gold += goldCount;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) tp / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) tp / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long truePositives() {
        return tp;
    }

    public long predicted() {
        return predicted;
    }

    public long gold() {
        return gold;
    }
}
