/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The feed health table that {@code newsgraph feeds} prints: worst feeds first, one line each, ages relative to now,
 * and a closing count per status. Thread-safe (stateless).
 */
public final class HealthTable {
    private static final int NOTE_CHARS = 80;

    private HealthTable() {}

    /** The health of every feed in a saved watch state, as of {@code now}. */
    public static List<FeedHealth> of(WatchState state, Instant now, SourceSettings settings) {
        List<FeedHealth> out = new ArrayList<>();
        for (FeedState.Snapshot s : state.feeds()) {
            out.add(FeedHealth.of(s, now, settings));
        }
        return out;
    }

    /** Prints the table and the closing summary line. */
    public static void print(List<FeedHealth> feeds, Instant now, PrintWriter out) {
        List<FeedHealth> sorted = new ArrayList<>(feeds);
        sorted.sort(Comparator.comparing(FeedHealth::status).thenComparing(FeedHealth::url));
        out.printf(Locale.ROOT, "%-8s %9s %13s %13s %6s  %s%n", "STATUS", "ITEMS/DAY", "LAST NEW ITEM", "LAST SUCCESS",
                "ERRORS", "FEED");
        Map<FeedHealth.Status, Integer> counts = new EnumMap<>(FeedHealth.Status.class);
        for (FeedHealth h : sorted) {
            counts.merge(h.status(), 1, Integer::sum);
            out.printf(Locale.ROOT, "%-8s %9.1f %13s %13s %6d  %s%n", h.status().wireName(), h.itemsPerDay(),
                    age(h.newestItem(), now), age(h.lastSuccess(), now), h.errors(), name(h));
            String note = note(h);
            if (note != null) {
                out.printf(Locale.ROOT, "%-8s %9s %13s %13s %6s    %s%n", "", "", "", "", "", note);
            }
        }
        StringBuilder summary = new StringBuilder().append(feeds.size()).append(feeds.size() == 1 ? " feed" : " feeds");
        for (FeedHealth.Status s : FeedHealth.Status.values()) {
            if (counts.containsKey(s)) {
                summary.append(", ").append(counts.get(s)).append(' ').append(s.wireName());
            }
        }
        out.println(summary);
        out.flush();
    }

    private static String name(FeedHealth h) {
        return h.outlet() == null ? h.url() : h.outlet() + " <" + h.url() + ">";
    }

    private static String note(FeedHealth h) {
        String n = h.status() == FeedHealth.Status.ERROR || h.status() == FeedHealth.Status.FAILING
                ? h.reason() + ": " + h.lastError() : h.reason();
        if (n == null) {
            return null;
        }
        return n.length() <= NOTE_CHARS ? n : n.substring(0, NOTE_CHARS - 1) + "…";
    }

    /** "3 h ago", "never". */
    static String age(Instant t, Instant now) {
        if (t == null) {
            return "never";
        }
        Duration d = Duration.between(t, now);
        return d.isNegative() || d.toMinutes() < 1 ? "just now" : FeedHealth.human(d) + " ago";
    }
}
