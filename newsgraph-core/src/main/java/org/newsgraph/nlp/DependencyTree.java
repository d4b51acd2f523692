/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Sentence;

/**
 * Navigation over a parsed sentence's basic dependency tree: heads, relations, children and contiguous subtree spans.
 * Immutable once built.
 */
public final class DependencyTree {
    private final Sentence sentence;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children;

    private DependencyTree(Sentence s) {
        int n = s.tokens().size();
        sentence = s;
        head = new int[n];
        rel = new String[n];
        Arrays.fill(head, -1);
        Arrays.fill(rel, "dep");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                head[d.dependent()] = d.head();
                rel[d.dependent()] = d.relation();
                if (d.head() >= 0 && d.head() < n) {
                    children.get(d.head()).add(d.dependent());
                }
            }
        }
    }

    /** The tree of a parsed sentence, or {@code null} when it was not parsed. */
    public static DependencyTree of(Sentence s) {
        return s.isParsed() ? new DependencyTree(s) : null;
    }

    public Sentence sentence() {
        return sentence;
    }

    public int head(int token) {
        return head[token];
    }

    /** The relation to the head ("nsubj", "obj", "ccomp", "compound:prt"). */
    public String relation(int token) {
        return rel[token];
    }

    /** True when the relation is {@code r} or a subtype of it ("nmod" matches "nmod:poss"). */
    public boolean is(int token, String r) {
        String x = rel[token];
        return x.equals(r) || x.startsWith(r + ":");
    }

    public List<Integer> children(int token) {
        return children.get(token);
    }

    /** Children with relation {@code r} (or a subtype). */
    public List<Integer> children(int token, String r) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(token)) {
            if (is(c, r)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first and last token index of the subtree under {@code token}, as {@code int[2]}. */
    public int[] span(int token) {
        int[] s = {token, token};
        extend(token, s);
        return s;
    }

    private void extend(int t, int[] s) {
        for (int c : children.get(t)) {
            s[0] = Math.min(s[0], c);
            s[1] = Math.max(s[1], c);
            extend(c, s);
        }
    }

    /** True when {@code ancestor} dominates {@code token} (or is it). */
    public boolean dominates(int ancestor, int token) {
        for (int t = token; t >= 0; t = head[t]) {
            if (t == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The root token, or -1. */
    public int root() {
        for (int i = 0; i < head.length; i++) {
            if (head[i] < 0) {
                return i;
            }
        }
        return -1;
    }
}
