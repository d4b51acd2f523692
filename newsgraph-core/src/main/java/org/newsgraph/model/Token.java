/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * One token of the analysed text.
 *
 * @param index position in its sentence (0-based)
 * @param word  the token as the tokenizer normalised it (a multi-word token "zum" yields "zu" and "dem")
 * @param start character offset into {@link ArticleText#text()}
 * @param end   end offset (exclusive)
 * @param pos   universal part-of-speech tag (German) or Penn tag (English)
 * @param lemma lower-cased lemma, or the lower-cased word when no lemmatiser ran
 * @param ner   the NER label of this token ({@code O} outside entities)
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner) {}
