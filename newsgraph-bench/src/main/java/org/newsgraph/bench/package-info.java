/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Evaluations of Newsgraph on the real benchmark data in {@code ../shared/data}: each bench prints what it likes and,
 * as its last line, the contract's summary line ({@link org.newsgraph.bench.SummaryLine}). Peer systems are
 * dependencies of this module only.
 */
package org.newsgraph.bench;
