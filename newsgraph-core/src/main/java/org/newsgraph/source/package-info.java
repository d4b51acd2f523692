/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The source stage: files, feeds, sitemaps, WARC archives and URLs become raw documents handed to a
 * {@link org.newsgraph.source.DocumentSink}, collected politely and incrementally, with feed health.
 */
package org.newsgraph.source;
