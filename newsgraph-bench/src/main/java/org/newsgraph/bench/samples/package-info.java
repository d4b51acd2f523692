/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Evaluations on the team's own gold annotations of its own sample articles ({@code samples/}): actor links, events
 * and claims, German and English.
 */
package org.newsgraph.bench.samples;
