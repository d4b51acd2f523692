/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as plain text and the character ranges of its matches, so that a page marks them with text nodes
 * (never by inserting markup taken from article text).
 *
 * @param text  the passages, without marks
 * @param marks {@code [start, end)} pairs into {@code text}
 */
record Snippet(String text, List<List<Integer>> marks) {
    static Snippet of(String marked, String pre, String post) {
        StringBuilder text = new StringBuilder(marked.length());
        List<List<Integer>> marks = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith(pre, i)) {
                start = text.length();
                i += pre.length();
            } else if (marked.startsWith(post, i)) {
                if (start >= 0) {
                    marks.add(List.of(start, text.length()));
                }
                start = -1;
                i += post.length();
            } else {
                text.append(marked.charAt(i++));
            }
        }
        return new Snippet(text.toString(), marks);
    }
}
