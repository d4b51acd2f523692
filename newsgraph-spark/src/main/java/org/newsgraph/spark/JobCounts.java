/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.util.Locale;

/**
 * What one run did with its records; {@code records} is always the sum of the other five.
 *
 * @param records    input records (WARC responses, JSONL lines, files)
 * @param stored     analysed and written to the tables
 * @param duplicates the same article id as an earlier record
 * @param filtered   outside the language, date or host filter
 * @param skipped    not articles (redirects, non-HTML captures, export lines that are not articles)
 * @param rejected   failed; each is a row of the rejects table
 * @param seconds    wall-clock time of the run
 */
public record JobCounts(long records, long stored, long duplicates, long filtered, long skipped, long rejected,
        double seconds) {
    public JobCounts {
        if (records != stored + duplicates + filtered + skipped + rejected) {
            throw new IllegalStateException("counts do not add up: " + records + " records, " + stored + " stored, "
                    + duplicates + " duplicates, " + filtered + " filtered, " + skipped + " skipped, " + rejected
                    + " rejected");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d records: %d stored, %d duplicates, %d filtered, %d skipped, %d rejected "
                + "in %.1f s", records, stored, duplicates, filtered, skipped, rejected, seconds);
    }
}
