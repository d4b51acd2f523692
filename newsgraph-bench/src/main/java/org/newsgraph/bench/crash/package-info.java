/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Crash safety: an ingest killed with SIGKILL at random points and restarted ends with the store of an uninterrupted
 * run; a full disk gives a clear error and leaves a store that opens and answers.
 */
package org.newsgraph.bench.crash;
