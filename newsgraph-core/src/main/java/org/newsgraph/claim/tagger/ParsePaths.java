/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import org.newsgraph.nlp.DependencyTree;

/**
 * How a token hangs together with a cue in the dependency tree, as a short description for the taggers: under the
 * cue by some relation ("dn:ccomp" for the content clause, "dn:nsubj" for the speaker), above it ("up:parataxis" when
 * the frame is tacked onto the content clause), or both under a common head. Parses are noisy; the taggers weigh
 * these descriptions against everything else they see.
 */
final class ParsePaths {
    private static final int MAX_DEPTH = 64;

    private ParsePaths() {}

    /** The path from cue {@code a} to token {@code i} of one parsed sentence, or "unparsed". */
    static String path(DependencyTree tree, int a, int i) {
        if (tree == null) {
            return "unparsed";
        }
        if (a == i) {
            return "self";
        }
        int[] upA = ancestors(tree, a);
        int[] upI = ancestors(tree, i);
        for (int x = 0; x < upA.length; x++) {
            for (int y = 0; y < upI.length; y++) {
                if (upA[x] == upI[y]) {
                    String towardA = x == 0 ? null : tree.relation(upA[x - 1]);
                    String towardI = y == 0 ? null : tree.relation(upI[y - 1]);
                    if (towardA == null) {
                        return "dn:" + towardI + (y > 1 ? "+" : "");
                    }
                    if (towardI == null) {
                        return "up:" + towardA;
                    }
                    return "lca:" + towardA + ">" + towardI;
                }
            }
        }
        return "none";
    }

    /** The token and its ancestors up to the root, nearest first. */
    private static int[] ancestors(DependencyTree tree, int t) {
        int[] out = new int[MAX_DEPTH];
        int n = 0;
        for (int x = t; x >= 0 && n < MAX_DEPTH; x = tree.head(x)) {
            out[n++] = x;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
