/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.util.List;
import org.newsgraph.model.PloverType;

/**
 * Reports of one real-world event, merged across articles, outlets and languages.
 *
 * @param id                 stable id derived from the first report's id
 * @param type               PLOVER type
 * @param cameo              the most frequent CAMEO code among the reports, or {@code null}
 * @param source             the first report's source actor id, or {@code null}
 * @param target             the first report's target actor id, or {@code null}
 * @param actors             all actor ids the reports name, sorted
 * @param time               the most precise time among the reports, or {@code null} when undated
 * @param reports            the reports' event ids, in clustering order
 * @param articles           distinct articles
 * @param outlets            distinct outlets
 * @param independentSources reports grouped by outlet and by syndicated text, each group once
 * @param languages          distinct languages, sorted
 */
public record EventCluster(String id, PloverType type, String cameo, String source, String target, List<String> actors,
        TimeSpan time, List<String> reports, int articles, int outlets, int independentSources,
        List<String> languages) {
    public EventCluster {
        actors = List.copyOf(actors);
        reports = List.copyOf(reports);
        languages = List.copyOf(languages);
    }
}
