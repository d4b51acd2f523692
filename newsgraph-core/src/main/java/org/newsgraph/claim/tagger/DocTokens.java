/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The tokens of a whole article in one sequence (the taggers label documents, not sentences, so that a quotation
 * can run across sentence boundaries), with the way back to sentences and character offsets.
 */
final class DocTokens {
    private final AnnotatedText text;
    private final List<Token> tokens = new ArrayList<>();
    private final int[] sentenceOf;
    private final int[] firstOf;

    DocTokens(AnnotatedText text) {
        this.text = text;
        firstOf = new int[text.sentences().size() + 1];
        for (Sentence s : text.sentences()) {
            firstOf[s.index()] = tokens.size();
            tokens.addAll(s.tokens());
        }
        firstOf[text.sentences().size()] = tokens.size();
        sentenceOf = new int[tokens.size()];
        for (Sentence s : text.sentences()) {
            for (int i = firstOf[s.index()]; i < firstOf[s.index() + 1]; i++) {
                sentenceOf[i] = s.index();
            }
        }
    }

    AnnotatedText text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int sentenceOf(int i) {
        return sentenceOf[i];
    }

    Sentence sentence(int i) {
        return text.sentences().get(sentenceOf[i]);
    }

    /** The document index of a sentence's first token. */
    int first(int sentence) {
        return firstOf[sentence];
    }

    /** The document index after a sentence's last token. */
    int end(int sentence) {
        return firstOf[sentence + 1];
    }

    /** The document index of token {@code k} of sentence {@code sentence}. */
    int at(int sentence, int k) {
        return firstOf[sentence] + k;
    }

    /** The first token whose end lies after the offset (the token at or after it), or size() when none. */
    int fromChar(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Document token indices [first, last] inside the character span [start, end), or null when none. */
    int[] range(int start, int end) {
        int a = fromChar(start);
        int b = a;
        if (a >= tokens.size() || tokens.get(a).start() >= end) {
            return null;
        }
        while (b + 1 < tokens.size() && tokens.get(b + 1).start() < end) {
            b++;
        }
        return new int[] {a, b};
    }

    /** The character span [start, end) of the document tokens [first, last]. */
    int[] chars(int first, int last) {
        return new int[] {tokens.get(first).start(), tokens.get(last).end()};
    }
}
