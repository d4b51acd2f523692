/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedHealthTest {
    private static final Instant NOW = Instant.parse("2023-09-20T12:00:00Z");
    private final SourceSettings settings = SourceSettings.defaults();

    private static List<Instant> hourly(Instant newest, int n) {
        List<Instant> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            out.add(newest.minus(Duration.ofHours(i)));
        }
        return out;
    }

    private static FeedState feed(String url) {
        return new FeedState(new FeedRef(url, null), 100);
    }

    @Test
    void aFeedThatKeepsPublishingIsOk() {
        FeedState f = feed("https://ok.example/rss");
        f.success(NOW, Validators.NONE, "OK Feed", hourly(NOW.minus(Duration.ofMinutes(30)), 24));
        FeedHealth h = f.health(NOW, settings);
        assertEquals(FeedHealth.Status.OK, h.status());
        assertEquals(Duration.ofHours(1), h.usualInterval());
        assertEquals(24.0, h.itemsPerDay(), 0.01);
        assertNull(h.reason());
        assertEquals("OK Feed", h.outlet());
    }

    @Test
    void aFeedWithoutItemsForSeveralOfItsIntervalsIsSilent() {
        FeedState f = feed("https://quiet.example/rss");
        f.success(NOW, Validators.NONE, "Quiet", hourly(NOW.minus(Duration.ofDays(3)), 20));
        FeedHealth h = f.health(NOW, settings);
        assertEquals(FeedHealth.Status.SILENT, h.status());
        assertEquals("no new item for 3 d (usually one every 60 min)", h.reason());
        assertEquals(20 / (3 + 19 / 24.0), h.itemsPerDay(), 0.001, "20 items since the oldest, 3 d 19 h ago");
    }

    @Test
    void theSilenceThresholdHasAFloor() {
        FeedState f = feed("https://busy.example/rss");
        List<Instant> everyTenMinutes = new ArrayList<>();
        for (int i = 10; i > 0; i--) {
            everyTenMinutes.add(NOW.minus(Duration.ofHours(2)).minus(Duration.ofMinutes(10L * i)));
        }
        f.success(NOW, Validators.NONE, null, everyTenMinutes);
        assertEquals(FeedHealth.Status.OK, f.health(NOW, settings).status(), "2 h quiet is below the 6 h floor");
    }

    @Test
    void failuresTurnIntoErrorThenFailingAndRecoverOnSuccess() {
        FeedState f = feed("https://broken.example/rss");
        f.failure(NOW, "https://broken.example/rss: HTTP 500");
        assertEquals(FeedHealth.Status.ERROR, f.health(NOW, settings).status());
        f.failure(NOW, "https://broken.example/rss: HTTP 500");
        f.failure(NOW, "https://broken.example/rss: malformed feed: x");
        FeedHealth h = f.health(NOW, settings);
        assertEquals(FeedHealth.Status.FAILING, h.status());
        assertEquals(3, h.errors());
        assertEquals("https://broken.example/rss: malformed feed: x", h.lastError());
        f.notModified(NOW);
        assertEquals(0, f.health(NOW, settings).consecutiveErrors());
        assertEquals(3, f.health(NOW, settings).errors());
    }

    @Test
    void newAndEmptyFeeds() {
        FeedState f = feed("https://new.example/rss");
        assertEquals(FeedHealth.Status.NEW, f.health(NOW, settings).status());
        f.success(NOW, Validators.NONE, null, List.of());
        assertEquals(FeedHealth.Status.SILENT, f.health(NOW, settings).status());
        assertEquals("no items yet", f.health(NOW, settings).reason());
    }

    @Test
    void theTableListsTheWorstFirstAndCountsStatuses() {
        FeedState ok = feed("https://ok.example/rss");
        ok.success(NOW, Validators.NONE, "OK Feed", hourly(NOW, 5));
        FeedState bad = feed("https://bad.example/rss");
        bad.failure(NOW.minus(Duration.ofHours(3)), "https://bad.example/rss: malformed feed: unexpected end");
        StringWriter out = new StringWriter();
        HealthTable.print(List.of(ok.health(NOW, settings), bad.health(NOW, settings)), NOW, new PrintWriter(out));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("STATUS"), lines[0]);
        assertTrue(lines[1].startsWith("error") && lines[1].endsWith("https://bad.example/rss"), lines[1]);
        assertTrue(lines[2].contains("last poll failed: https://bad.example/rss: malformed feed"), lines[2]);
        assertTrue(lines[3].startsWith("ok") && lines[3].contains("OK Feed <https://ok.example/rss>"), lines[3]);
        assertEquals("2 feeds, 1 error, 1 ok", lines[4]);
    }
}
