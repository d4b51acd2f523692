/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.model.ArticleIds;

/** Collects the reports of one cluster and computes its counts. Not thread-safe; used by {@link EventClusterer}. */
final class ClusterBuilder {
    private final int order;
    private final List<Report> reports = new ArrayList<>();

    ClusterBuilder(int order, Report anchor) {
        this.order = order;
        reports.add(anchor);
    }

    int order() {
        return order;
    }

    Report anchor() {
        return reports.get(0);
    }

    void add(Report r) {
        reports.add(r);
    }

    EventCluster build() {
        Report a = anchor();
        TreeSet<String> actors = new TreeSet<>();
        TreeSet<String> articles = new TreeSet<>();
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>();
        Map<String, Integer> cameos = new TreeMap<>();
        Map<String, IndependentSources.Source> sources = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (Report r : reports) {
            ids.add(r.eventId());
            if (r.source() != null) {
                actors.add(r.source().id());
            }
            if (r.target() != null) {
                actors.add(r.target().id());
            }
            articles.add(r.articleId());
            if (r.outlet() != null) {
                outlets.add(r.outlet().strip().toLowerCase(Locale.ROOT));
            }
            if (r.language() != null) {
                languages.add(r.language());
            }
            if (r.cameo() != null) {
                cameos.merge(r.cameo(), 1, Integer::sum);
            }
            sources.putIfAbsent(r.articleId(), new IndependentSources.Source(r.articleId(), r.outlet(),
                    r.syndicationGroup()));
        }
        String cameo = null;
        int best = 0;
        for (Map.Entry<String, Integer> e : cameos.entrySet()) {
            if (e.getValue() > best) { // TreeMap order: ties go to the smallest code
                cameo = e.getKey();
                best = e.getValue();
            }
        }
        return new EventCluster("k" + ArticleIds.hash("cluster:" + a.eventId()), a.type(), cameo,
                a.source() == null ? null : a.source().id(), a.target() == null ? null : a.target().id(),
                new ArrayList<>(actors), a.time(), ids, articles.size(), outlets.size(),
                IndependentSources.count(new ArrayList<>(sources.values())), new ArrayList<>(languages));
    }
}
