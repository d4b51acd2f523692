/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An article after linguistic annotation: its laid-out text, language, sentences and tokens.
 *
 * @param article   the article
 * @param text      the laid-out text all offsets index
 * @param language  the language the text was analysed as
 * @param sentences sentences in order
 */
public record AnnotatedText(Article article, ArticleText text, Language language, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** The covered text of a span. */
    public String cover(int start, int end) {
        return text.text().substring(start, end);
    }

    /** The sentence containing a character offset, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** A copy in which the given sentences carry dependency trees. */
    public AnnotatedText withParses(Map<Integer, List<Dependency>> parses) {
        if (parses.isEmpty()) {
            return this;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Dependency> d = parses.get(s.index());
            out.add(d == null ? s : s.withDependencies(d));
        }
        return new AnnotatedText(article, text, language, out);
    }
}
