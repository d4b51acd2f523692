/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Fuzzing of every parser that reads outside data (HTML, plain text, JSON and JSONL records, feeds, feed lists,
 * sitemaps, robots.txt, WARC) with Jazzer: the targets, the seed corpora built from the real fixtures, and the runner
 * behind {@code newsgraph bench fuzz}. Only the project's typed errors may escape a target.
 */
package org.newsgraph.bench.fuzz;
