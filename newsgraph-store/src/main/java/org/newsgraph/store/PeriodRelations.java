/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.util.Map;

/**
 * Relations of a dyad or an actor in one period.
 *
 * @param period   the period's label ("2023-09-11", "2023-W36", "2023-09")
 * @param clusters real-world events (event clusters) in the period
 * @param reports  event reports behind them
 * @param byType   event clusters by PLOVER type
 * @param score    mean cooperation–conflict weight of the clusters ({@link CooperationScale}), 0 when none
 * @param articles articles in the period that mention the actor (timelines) or both sides (dyads)
 */
public record PeriodRelations(String period, long clusters, long reports, Map<String, Long> byType, double score,
        long articles) {
    public PeriodRelations {
        byType = Map.copyOf(byType);
    }
}
