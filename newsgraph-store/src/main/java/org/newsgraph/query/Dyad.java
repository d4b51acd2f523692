/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.List;

/**
 * Two actors over time, both directions.
 *
 * @param a        the first actor (at state level: the state it belongs to)
 * @param b        the second
 * @param level    {@code state} or {@code actor}
 * @param range    the days the series covers: from the first article's day (or the chosen {@code from})
 * @param series   per period with events or articles, within the range
 * @param clusters the events between them within the range, latest first (first page)
 * @param history  events between them dated before the range, latest first
 */
public record Dyad(ActorRow a, ActorRow b, String level, DateRange range, List<SeriesPoint> series,
        Page<ClusterRow> clusters, List<ClusterRow> history) {}
