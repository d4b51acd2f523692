/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * A span of the article text that refers to an entity.
 *
 * @param sentence   index of the sentence
 * @param start      character offset into the article text
 * @param end        end offset (exclusive)
 * @param text       the covered text
 * @param method     what found it: {@code ner}, {@code gazetteer}, {@code coref}, {@code role}, ...
 * @param confidence 0..1
 */
public record Mention(int sentence, int start, int end, String text, String method, double confidence) {}
