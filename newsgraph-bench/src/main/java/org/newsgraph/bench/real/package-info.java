/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The real-text evaluation: the team's gold events and claims on real Wikinews articles (docs/annotation.md), read
 * with the articles' texts from the shared data in place; the events and claims benches on it, and the agreement of
 * two annotators.
 */
package org.newsgraph.bench.real;
