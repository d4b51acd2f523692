/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Exponential back-off with jitter for transient failures: the n-th retry waits about {@code base * 2^n}, drawn
 * uniformly from half to one and a half times that, capped at the maximum, and never less than the server's
 * Retry-After. Thread-safe; the jitter is seeded, so a run is reproducible.
 */
final class Backoff {
    private final Duration base;
    private final Duration max;
    private final SplittableRandom random;

    Backoff(Duration base, Duration max, long seed) {
        this.base = base;
        this.max = max;
        this.random = new SplittableRandom(seed);
    }

    /** The wait before retry number {@code attempt} (0 for the first retry). */
    Duration delay(int attempt, Optional<Duration> retryAfter) {
        double factor;
        synchronized (this) {
            factor = 0.5 + random.nextDouble();
        }
        long nanos = (long) Math.min(max.toNanos(), base.toNanos() * Math.pow(2, Math.min(attempt, 30)) * factor);
        Duration d = Duration.ofNanos(nanos);
        return retryAfter.filter(r -> r.compareTo(d) > 0).orElse(d);
    }

    /** True when the server asks for a longer pause than this back-off ever waits. */
    boolean tooLong(Optional<Duration> retryAfter) {
        return retryAfter.map(r -> r.compareTo(max) > 0).orElse(false);
    }

    /** A Retry-After value (seconds or an HTTP date) as a delay from {@code now}; empty when absent or invalid. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
