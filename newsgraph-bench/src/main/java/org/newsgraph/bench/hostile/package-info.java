/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The malformed corpus: hostile files (truncated gzip, invalid UTF-8, NUL bytes, a 100 MB line, 100,000-deep nesting,
 * entity expansion and external entities in feeds and sitemaps, a WARC with a lying Content-Length, a JSONL file
 * with a broken line, files that vanish) mixed with good ones, ingested the way {@code newsgraph ingest} does, and
 * the check that every good document is stored and every bad one reported with a reason.
 */
package org.newsgraph.bench.hostile;
