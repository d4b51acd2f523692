/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.util.List;

/**
 * Actors as nodes and real-world events between them as weighted, directed edges.
 *
 * @param level {@code state} (the states and organisations the parties belong to) or {@code actor}
 * @param nodes the actors the edges join
 * @param edges the strongest edges
 */
public record Network(String level, List<Node> nodes, List<Edge> edges) {
    /** An actor: id, name in the reader's language, type, country code, articles naming it. */
    public record Node(String id, String label, String type, String iso3, long articles) {}

    /**
     * Events from one actor to another: clusters, reports, mean weight, first and last day, and the clusters of
     * quad classes 1–2 (cooperation) and 3–4 (conflict).
     */
    public record Edge(String source, String target, long clusters, long reports, double score, String first,
            String last, long cooperation, long conflict) {}
}
