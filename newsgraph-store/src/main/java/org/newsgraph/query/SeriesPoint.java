/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.Map;

/**
 * Relations of a dyad or an actor in one period, counted in real events (clusters).
 *
 * @param period      the period ("2023-09-11", "2023-W36", "2023-09")
 * @param clusters    real-world events in the period
 * @param cooperation those of quad classes 1 and 2
 * @param conflict    those of quad classes 3 and 4
 * @param reports     event reports behind them
 * @param score       their mean cooperation–conflict weight, 0 when none
 * @param articles    articles in the period naming the actor (timelines) or both sides (dyads)
 * @param byType      events by PLOVER type
 */
public record SeriesPoint(String period, long clusters, long cooperation, long conflict, long reports, double score,
        long articles, Map<String, Long> byType) {
    public SeriesPoint {
        byType = Map.copyOf(byType);
    }
}
