/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;

class StateFileTest {
    @TempDir
    Path store;

    @Test
    void roundTripsEveryField() throws Exception {
        Instant t = Instant.parse("2023-09-11T08:00:00Z");
        FeedState f = new FeedState(new FeedRef("https://daily.example/rss.xml", "Daily"), 10);
        f.markSeen("item-1");
        f.markSeen("item-2");
        f.success(t, new Validators("\"v1\"", "Mon, 11 Sep 2023 08:00:00 GMT"), "Daily Example", List.of(t));
        f.failure(t.plusSeconds(60), "https://daily.example/rss.xml: HTTP 503");
        PageRequest p = new PageRequest("https://daily.example/a", "feed", "https://daily.example/rss.xml",
                "Daily Example", t, List.of("A. Writer"), "Summary");
        WatchState state = new WatchState(List.of(f.snapshot()), List.of("https://daily.example/b"),
                List.of("00ff"), List.of(p));
        StateFile.write(store, state);
        assertTrue(Files.exists(store.resolve("sources/watch-state.json")));
        assertFalse(Files.exists(store.resolve("sources/watch-state.json.tmp")), "the temporary file is renamed");
        WatchState back = StateFile.read(store).orElseThrow();
        assertEquals(state, back);
        FeedState restored = FeedState.restore(back.feeds().get(0), 10);
        assertFalse(restored.markSeen("item-1"));
        assertEquals("\"v1\"", restored.validators().etag());
        assertEquals(FeedHealth.Status.ERROR, restored.health(t, SourceSettings.defaults()).status());
    }

    @Test
    void noStateYetIsEmptyAndACorruptOneIsNamed() throws Exception {
        assertTrue(StateFile.read(store).isEmpty());
        Files.createDirectories(store.resolve("sources"));
        Files.writeString(store.resolve("sources/watch-state.json"), "{\"schema\": \"other\"}", StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> StateFile.read(store));
        assertTrue(e.getMessage().contains("not a watch state file"), e.getMessage());
    }
}
