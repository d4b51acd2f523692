/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench;

import java.util.Arrays;

/**
 * Maximum-weight one-to-one assignment between rows and columns of a score matrix (the Hungarian method, O(n³)), as
 * benchmarks that align predicted with gold items by overlap require. Pairs of weight zero are not reported.
 */
public final class Assignment {
    private Assignment() {}

    /**
     * For each row, the assigned column or -1.
     *
     * @param weights rows × columns, non-negative
     */
    public static int[] maximize(double[][] weights) {
        int rows = weights.length;
        int cols = rows == 0 ? 0 : weights[0].length;
        int n = Math.max(rows, cols);
        if (n == 0) {
            return new int[0];
        }
        double max = 0;
        for (double[] r : weights) {
            for (double w : r) {
                max = Math.max(max, w);
            }
        }
        // minimise cost = max - weight on a square matrix padded with zero weights
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                double w = i <= rows && j <= cols ? weights[i - 1][j - 1] : 0;
                cost[i][j] = max - w;
            }
        }
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] out = new int[rows];
        Arrays.fill(out, -1);
        for (int j = 1; j <= n; j++) {
            int i = p[j];
            if (i >= 1 && i <= rows && j <= cols && weights[i - 1][j - 1] > 0) {
                out[i - 1] = j - 1;
            }
        }
        return out;
    }
}
