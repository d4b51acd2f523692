/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AssignmentTest {
    @Test
    void findsTheMaximumWeightMatchingNotTheGreedyOne() {
        // greedy would take 0.9 (row 0 -> col 0) and leave row 1 with 0.1; the optimum is 0.8 + 0.8
        double[][] w = {{0.9, 0.8}, {0.8, 0.1}};
        assertArrayEquals(new int[] {1, 0}, Assignment.maximize(w));
    }

    @Test
    void rectangularAndZeroRowsStayUnassigned() {
        double[][] w = {{0, 0, 0}, {0, 0.5, 0}};
        assertArrayEquals(new int[] {-1, 1}, Assignment.maximize(w));
        assertArrayEquals(new int[0], Assignment.maximize(new double[0][0]));
    }
}
