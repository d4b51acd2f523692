/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.util.List;

/**
 * A benchmark's own metric: fed one extraction per page (paragraphs in order, empty when the extractor failed), it
 * gives the corpus figures the benchmark publishes. One scorer per system and run; not thread-safe.
 */
public interface Scorer {
    /** Scores one page; returns the page's own score. */
    DocScore add(Page page, List<String> paragraphs);

    /** Corpus precision, as the benchmark aggregates it. */
    double precision();

    /** Corpus recall, as the benchmark aggregates it. */
    double recall();

    /** Corpus F1, as the benchmark aggregates it. */
    double f1();
}
