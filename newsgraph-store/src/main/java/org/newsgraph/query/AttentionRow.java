/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

/**
 * Matching articles in one period beside all stored ones.
 *
 * @param period   the period
 * @param matches  matching articles (of the best 1,000)
 * @param articles all stored articles in the period
 * @param share    matches / articles
 */
public record AttentionRow(String period, long matches, long articles, double share) {}
