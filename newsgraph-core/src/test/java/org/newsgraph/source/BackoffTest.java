/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void delaysGrowExponentiallyWithJitterAndACap() {
        Backoff b = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), 42);
        for (int attempt = 0; attempt < 4; attempt++) {
            long nominal = 2000L << attempt;
            long d = b.delay(attempt, Optional.empty()).toMillis();
            assertTrue(d >= nominal / 2 && d < nominal * 3 / 2, "attempt " + attempt + ": " + d);
        }
        assertTrue(b.delay(20, Optional.empty()).toMillis() <= 60_000);
    }

    @Test
    void retryAfterIsAFloor() {
        Backoff b = new Backoff(Duration.ofMillis(10), Duration.ofSeconds(60), 1);
        assertEquals(Duration.ofSeconds(7), b.delay(0, Optional.of(Duration.ofSeconds(7))));
        assertTrue(b.tooLong(Optional.of(Duration.ofSeconds(61))));
        assertFalse(b.tooLong(Optional.empty()));
    }

    @Test
    void parsesRetryAfterSecondsAndDates() {
        Instant now = Instant.parse("2023-09-11T08:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), Backoff.parseRetryAfter(" 120 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                Backoff.parseRetryAfter("Mon, 11 Sep 2023 08:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), Backoff.parseRetryAfter("Mon, 11 Sep 2023 07:00:00 GMT", now));
        assertEquals(Optional.empty(), Backoff.parseRetryAfter("soon", now));
        assertEquals(Optional.empty(), Backoff.parseRetryAfter(null, now));
    }
}
