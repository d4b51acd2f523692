/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The long run: the feed watcher against a loopback feed farm whose feeds bring new items, answer 304, fail with
 * 500, answer slowly, serve broken XML and go silent, for an hour; memory, items stored and feed health measured.
 */
package org.newsgraph.bench.watch;
