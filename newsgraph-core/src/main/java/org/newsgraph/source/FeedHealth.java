/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A feed's health at one moment, computed from its state. Status, worst first: {@code failing} (the last
 * {@code failingAfter} polls failed), {@code error} (the last poll failed), {@code silent} (no item for
 * {@code silentIntervals} of its usual intervals, and at least {@code silentMinimum}; or never any item),
 * {@code new} (never polled), {@code ok}.
 *
 * @param url               the feed URL
 * @param outlet            the feed's title, or the list's
 * @param status            the verdict
 * @param lastSuccess       the last poll that got an answer (200 or 304), or {@code null}
 * @param lastNewItem       when a new item was last found, or {@code null}
 * @param newestItem        the newest item's date (or discovery time), or {@code null}
 * @param itemsPerDay       items per day over the last week (or since the oldest item known, when younger)
 * @param usualInterval     the median gap between consecutive items, or {@code null} with fewer than 3 items
 * @param polls             polls so far
 * @param notModified       polls answered 304
 * @param errors            failed polls so far
 * @param consecutiveErrors failed polls since the last success
 * @param lastError         the last failure's message, or {@code null}
 * @param reason            why the status is not ok, in words, or {@code null}
 */
public record FeedHealth(String url, String outlet, Status status, Instant lastSuccess, Instant lastNewItem,
        Instant newestItem, double itemsPerDay, Duration usualInterval, long polls, long notModified, long errors,
        int consecutiveErrors, String lastError, String reason) {

    /** Health verdicts, in the order the table sorts them (worst first). */
    public enum Status {
        FAILING, ERROR, SILENT, NEW, OK;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Duration WEEK = Duration.ofDays(7);

    static FeedHealth of(FeedState.Snapshot s, Instant now, SourceSettings settings) {
        List<Instant> times = new ArrayList<>(s.recentItems());
        Instant newest = times.isEmpty() ? null : times.get(times.size() - 1);
        Duration usual = usualInterval(times);
        double perDay = itemsPerDay(times, now);
        Status status;
        String reason = null;
        if (s.consecutiveErrors() >= settings.failingAfter()) {
            status = Status.FAILING;
            reason = s.consecutiveErrors() + " failed polls in a row";
        } else if (s.consecutiveErrors() > 0) {
            status = Status.ERROR;
            reason = "last poll failed";
        } else if (s.polls() == 0) {
            status = Status.NEW;
        } else if (newest == null) {
            status = Status.SILENT;
            reason = "no items yet";
        } else {
            Duration quiet = Duration.between(newest, now);
            Duration limit = usual == null ? null
                    : Duration.ofMillis((long) (usual.toMillis() * settings.silentIntervals()));
            if (limit != null && limit.compareTo(settings.silentMinimum()) < 0) {
                limit = settings.silentMinimum();
            }
            if (limit != null && quiet.compareTo(limit) > 0) {
                status = Status.SILENT;
                reason = "no new item for " + human(quiet) + " (usually one every " + human(usual) + ")";
            } else {
                status = Status.OK;
            }
        }
        return new FeedHealth(s.url(), s.title() != null ? s.title() : s.listTitle(), status, s.lastSuccess(),
                s.lastNewItem(), newest, perDay, usual, s.polls(), s.notModified(), s.errors(),
                s.consecutiveErrors(), s.lastError(), reason);
    }

    /** The median gap between consecutive distinct item times. */
    static Duration usualInterval(List<Instant> sorted) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            long g = Duration.between(sorted.get(i - 1), sorted.get(i)).toMillis();
            if (g > 0) {
                gaps.add(g);
            }
        }
        if (gaps.size() < 2) {
            return null;
        }
        gaps.sort(null);
        return Duration.ofMillis(gaps.get(gaps.size() / 2));
    }

    private static double itemsPerDay(List<Instant> sorted, Instant now) {
        if (sorted.isEmpty()) {
            return 0;
        }
        Instant from = now.minus(WEEK);
        long count = sorted.stream().filter(t -> t.isAfter(from)).count();
        Duration window = Duration.between(sorted.get(0), now);
        if (window.compareTo(WEEK) > 0) {
            window = WEEK;
        }
        if (window.compareTo(Duration.ofDays(1)) < 0) {
            window = Duration.ofDays(1);
        }
        return count / (window.toMillis() / 86_400_000.0);
    }

    /** "3 d", "5 h", "12 min": the largest whole unit. */
    static String human(Duration d) {
        if (d.toDays() >= 2) {
            return d.toDays() + " d";
        }
        if (d.toHours() >= 2) {
            return d.toHours() + " h";
        }
        return Math.max(1, d.toMinutes()) + " min";
    }
}
