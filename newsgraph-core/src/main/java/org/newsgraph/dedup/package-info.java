/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Near-duplicate detection (MinHash signatures over word shingles, syndicated wire copies) and event clustering
 * (reports of the same real-world event across outlets and languages). Pure logic: no I/O, no shared state.
 */
package org.newsgraph.dedup;
