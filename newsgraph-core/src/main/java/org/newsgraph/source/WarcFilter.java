/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which WARC response records to read, decided from the record headers alone (target URI and WARC-Date), so a
 * rejected record's body is skipped unread.
 *
 * @param hosts host names to keep (a name also matches its subdomains); empty keeps all
 * @param from  earliest capture time kept (inclusive), or {@code null}
 * @param to    capture time from which records are dropped (exclusive), or {@code null}
 */
public record WarcFilter(Set<String> hosts, Instant from, Instant to) {
    public static final WarcFilter ALL = new WarcFilter(Set.of(), null, null);

    public WarcFilter {
        hosts = hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** True when a record with this target URI and capture time is to be read. */
    public boolean accepts(String target, Instant captured) {
        if (from != null && (captured == null || captured.isBefore(from))) {
            return false;
        }
        if (to != null && (captured == null || !captured.isBefore(to))) {
            return false;
        }
        if (hosts.isEmpty()) {
            return true;
        }
        String host;
        try {
            host = URI.create(target.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String want : hosts) {
            if (h.equals(want) || h.endsWith("." + want)) {
                return true;
            }
        }
        return false;
    }
}
