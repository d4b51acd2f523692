/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds that keep extraction of one web page safe: pages beyond them give a best-effort result flagged in
 * {@code Article.warnings()}, never a hang or an out-of-memory.
 *
 * @param maxBytes   input bytes read; the rest of a larger page is cut off (warning {@code truncated-input})
 * @param maxMarkup  characters of markup parsed once scripts and styles are gone; the rest is cut off likewise
 * @param maxDepth   element nesting kept; deeper tags are dropped before parsing (warning {@code depth-limited})
 * @param timeBudget time for one page (the reading thread's CPU time where the JVM measures it); when spent, the
 *                   remaining fallback stages are skipped (warning {@code time-budget-exceeded})
 */
public record ExtractionLimits(int maxBytes, int maxMarkup, int maxDepth, Duration timeBudget) {
    /**
     * 6 MiB of input, 2 Mi characters of markup, depth 256, 3 s. The largest of 1,500 benchmark pages has 1.7 MB and
     * 1.6 M characters of markup; a typical page takes a few milliseconds.
     */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(6 << 20, 2 << 20, 256, Duration.ofSeconds(3));

    public ExtractionLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxBytes < 1024 || maxMarkup < 1024 || maxDepth < 16 || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("limits too small: " + maxBytes + " bytes, " + maxMarkup
                    + " characters, depth " + maxDepth + ", " + timeBudget);
        }
    }
}
