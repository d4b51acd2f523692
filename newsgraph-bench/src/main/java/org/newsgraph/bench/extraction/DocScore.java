/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

/** One page's precision, recall and F1 under a benchmark's metric, for listing the worst pages. */
public record DocScore(String id, String url, double precision, double recall, double f1) {}
