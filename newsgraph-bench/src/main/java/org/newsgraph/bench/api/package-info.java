/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/** The API bench: latency and a load test of the REST API on a filled store, over loopback HTTP. */
package org.newsgraph.bench.api;
