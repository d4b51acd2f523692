/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Complete, streamed exports of a store: CSV and Parquet (one file per table), JSONL (articles, events, claims and
 * clusters, one record per line), GDELT 2.0 event-table rows and GraphML for Gephi. Columns are documented in
 * {@code docs/store.md}.
 */
package org.newsgraph.export;
