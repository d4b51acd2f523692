/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.source.WarcFilter;
import picocli.CommandLine.Option;

/** Options of the commands that fetch from the web or read archives ({@code ingest URL…}, {@code watch}). */
final class SourceOptions {
    @Option(names = "--allow-private",
            description = "Allow URLs that resolve to loopback, private or link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--contact", paramLabel = "URL",
            description = "A URL or mail address for the User-Agent, so that site owners can reach you.")
    String contact;

    @Option(names = "--host-delay", paramLabel = "MS",
            description = "Minimum pause between two requests to one host (default: 1000 ms; robots.txt may ask more).")
    Long hostDelayMs;

    @Option(names = "--warc-host", paramLabel = "HOST", split = ",",
            description = "Only WARC records of these hosts (comma-separated).")
    List<String> warcHosts;

    @Option(names = "--warc-from", paramLabel = "YYYY-MM-DD", description = "Only WARC records captured on or after.")
    LocalDate warcFrom;

    @Option(names = "--warc-to", paramLabel = "YYYY-MM-DD", description = "Only WARC records captured on or before.")
    LocalDate warcTo;

    SourceSettings settings() {
        SourceSettings.Builder b = SourceSettings.defaults().toBuilder().allowPrivate(allowPrivate);
        if (contact != null) {
            b.contactUrl(contact);
        }
        if (hostDelayMs != null) {
            b.hostDelay(java.time.Duration.ofMillis(hostDelayMs));
        }
        return b.build();
    }

    WarcFilter warcFilter() {
        Instant from = warcFrom == null ? null : warcFrom.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = warcTo == null ? null : warcTo.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new WarcFilter(warcHosts == null ? Set.of() : Set.copyOf(warcHosts), from, to);
    }
}
