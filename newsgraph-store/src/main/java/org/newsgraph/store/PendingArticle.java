/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import org.newsgraph.model.Analysis;

/**
 * An analysed article on its way into the store.
 *
 * @param analysis the analysis
 * @param input    where it came from (a path, {@code file.jsonl:LINE}, a URL), kept as provenance
 */
public record PendingArticle(Analysis analysis, String input) {}
