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
 * @param maxDepth   element nesting kept; deeper tags are dropped before parsing (warning {@code depth-limited})
 * @param timeBudget time for one page; when spent, the remaining fallback stages are skipped (warning
 *                   {@code time-budget-exceeded})
 */
public record ExtractionLimits(int maxBytes, int maxDepth, Duration timeBudget) {
    /** 8 MiB, depth 256, 3 s: no real news page comes close to the first two, and a typical one takes a few ms. */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(8 << 20, 256, Duration.ofSeconds(3));

    public ExtractionLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxBytes < 1024 || maxDepth < 16 || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("limits too small: " + maxBytes + " bytes, depth " + maxDepth
                    + ", " + timeBudget);
        }
    }
}
