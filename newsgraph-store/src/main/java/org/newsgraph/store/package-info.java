/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The embedded store: DuckDB tables and a Lucene index in one folder, the ingester that fills them, relations over
 * time and full-text search.
 */
package org.newsgraph.store;
