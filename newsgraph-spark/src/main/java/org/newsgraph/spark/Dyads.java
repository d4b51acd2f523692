/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

/**
 * The dyads table: per directed pair of actors, month and PLOVER type, the clusters (real events), their reports and
 * mean cooperation–conflict score: the monthly figures {@code Relations.dyad} computes from the store's clusters
 * table on request, precomputed for a cluster's output. Plain SQL over the clusters table.
 */
final class Dyads {
    static final String SQL = """
            SELECT source, target, source_country, target_country, substr(CAST(time_start AS STRING), 1, 7) AS month,
                   type, CAST(count(*) AS INT) AS clusters, CAST(sum(reports) AS INT) AS reports,
                   avg(score) AS score
            FROM clusters
            WHERE time_start IS NOT NULL AND (source IS NOT NULL OR target IS NOT NULL)
            GROUP BY source, target, source_country, target_country, substr(CAST(time_start AS STRING), 1, 7), type""";

    private Dyads() {}
}
