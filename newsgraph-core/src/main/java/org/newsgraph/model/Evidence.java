/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * The sentence a statement came from.
 *
 * @param sentence index of the sentence
 * @param start    character offset of the sentence (or the narrower span) in the article text
 * @param end      end offset (exclusive)
 * @param text     the covered text
 */
public record Evidence(int sentence, int start, int end, String text) {}
