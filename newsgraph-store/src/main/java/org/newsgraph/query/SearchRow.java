/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.List;

/**
 * A search hit: the article and its best passages as plain text with the ranges of the matching words.
 *
 * @param articleId  the article
 * @param sentence   the sentence index for a sentence search, else null
 * @param title      its headline
 * @param outlet     its outlet
 * @param language   its language
 * @param published  its day
 * @param score      Lucene's relevance score
 * @param snippet    the best passages, joined by " … "
 * @param highlights {@code [start, end)} ranges of matching words in the snippet
 */
public record SearchRow(String articleId, Integer sentence, String title, String outlet, String language,
        String published,
        double score, String snippet, List<List<Integer>> highlights) {}
