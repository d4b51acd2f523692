/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one run of the job reads, keeps and writes.
 *
 * @param inputs     paths, folders or globs (any Hadoop file system: local, {@code hdfs://}, {@code s3a://})
 * @param out        the output folder: one sub-folder of Parquet files per table
 * @param lang       the language hint for article records and documents: {@code de}, {@code en} or {@code auto}
 * @param languages  keep only articles in these languages (empty: all)
 * @param from       keep only articles published (else captured) on or after this day, or {@code null}
 * @param to         keep only articles published (else captured) on or before this day, or {@code null}
 * @param hosts      keep only articles from these hosts or their subdomains (empty: all)
 * @param partitions analysis partitions; 0 chooses four per core of the cluster
 */
public record JobOptions(List<String> inputs, String out, String lang, Set<String> languages, LocalDate from,
        LocalDate to, Set<String> hosts, int partitions) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public JobOptions {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("no output folder given");
        }
        lang = lang == null ? "auto" : lang.toLowerCase(Locale.ROOT);
        if (!List.of("auto", "de", "en").contains(lang)) {
            throw new IllegalArgumentException("--lang must be de, en or auto, not '" + lang + "'");
        }
        inputs = List.copyOf(inputs);
        languages = lower(languages);
        hosts = lower(hosts);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " lies before --from " + from);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative");
        }
    }

    /** Every input, everything kept, the analysis partitions chosen by the cluster's size. */
    public static JobOptions of(List<String> inputs, String out) {
        return new JobOptions(inputs, out, "auto", Set.of(), null, null, Set.of(), 0);
    }

    private static Set<String> lower(Set<String> values) {
        return values == null ? Set.of() : values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
