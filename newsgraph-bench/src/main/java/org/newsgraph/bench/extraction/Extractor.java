/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.util.List;

/** A system that extracts the main text of a web page, benchmarked on the same pages as Newsgraph. */
public interface Extractor {
    /** The name printed in bench lines ({@code newsgraph}, {@code boilerpipe}, {@code readability4j}). */
    String name();

    /** The main text as paragraphs in reading order; an exception counts as an empty extraction. */
    List<String> extract(Page page) throws Exception;
}
