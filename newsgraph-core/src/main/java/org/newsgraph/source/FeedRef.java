/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

/**
 * A feed to poll: its URL and, when the list names one, a title (which the feed's own title replaces otherwise).
 */
public record FeedRef(String url, String title) {}
