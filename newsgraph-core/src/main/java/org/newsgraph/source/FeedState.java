/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the collector remembers about one feed between polls: validators for the conditional GET, the item keys
 * already seen (bounded), and the counters behind its health. Thread-safe; the watcher persists it
 * ({@link StateFile}).
 */
public final class FeedState {
    /** Item times kept for the rate and the usual interval. */
    static final int RECENT_ITEMS = 100;

    private final String url;
    private final String listTitle;
    private final SeenSet seen;
    private String title;
    private Validators validators = Validators.NONE;
    private Instant lastPoll;
    private Instant lastSuccess;
    private Instant lastNewItem;
    private Instant lastErrorAt;
    private String lastError;
    private long polls;
    private long notModified;
    private long errors;
    private int consecutiveErrors;
    private long items;
    private final List<Instant> recentItems = new ArrayList<>();

    public FeedState(FeedRef ref, int seenCapacity) {
        this.url = ref.url();
        this.listTitle = ref.title();
        this.seen = new SeenSet(seenCapacity);
    }

    public String url() {
        return url;
    }

    /** The outlet name for the feed's items: the feed's own title, else the one the feed list gives. */
    public synchronized String outlet() {
        return title != null ? title : listTitle;
    }

    synchronized Validators validators() {
        return validators;
    }

    boolean hasSeen(String key) {
        return seen.contains(key);
    }

    /** Marks an item key as seen; true when it is new to this feed. */
    boolean markSeen(String key) {
        return seen.add(key);
    }

    /** A successful poll with a full response. {@code newItemTimes}: the new items' dates (or discovery time). */
    synchronized void success(Instant now, Validators v, String feedTitle, List<Instant> newItemTimes) {
        polls++;
        lastPoll = now;
        lastSuccess = now;
        consecutiveErrors = 0;
        validators = v;
        if (feedTitle != null) {
            title = feedTitle;
        }
        if (!newItemTimes.isEmpty()) {
            lastNewItem = now;
            items += newItemTimes.size();
            for (Instant t : newItemTimes) {
                recentItems.add(t.isAfter(now) ? now : t);
            }
            recentItems.sort(null);
            while (recentItems.size() > RECENT_ITEMS) {
                recentItems.remove(0);
            }
        }
    }

    /** A poll answered 304 Not Modified. */
    synchronized void notModified(Instant now) {
        polls++;
        notModified++;
        lastPoll = now;
        lastSuccess = now;
        consecutiveErrors = 0;
    }

    /** A failed poll (HTTP error, malformed feed, refused URL, robots.txt). */
    synchronized void failure(Instant now, String message) {
        polls++;
        errors++;
        consecutiveErrors++;
        lastPoll = now;
        lastErrorAt = now;
        lastError = message;
    }

    /** The feed's health as of {@code now}. */
    public synchronized FeedHealth health(Instant now, SourceSettings settings) {
        return FeedHealth.of(snapshot(), now, settings);
    }

    /** An immutable copy of the persisted fields. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(url, listTitle, title, validators.etag(), validators.lastModified(), lastPoll, lastSuccess,
                lastNewItem, lastErrorAt, lastError, polls, notModified, errors, consecutiveErrors, items,
                List.copyOf(recentItems), seen.toList());
    }

    /** Restores a state saved by {@link #snapshot()}. */
    static FeedState restore(Snapshot s, int seenCapacity) {
        FeedState f = new FeedState(new FeedRef(s.url(), s.listTitle()), seenCapacity);
        f.title = s.title();
        f.validators = new Validators(s.etag(), s.lastModified());
        f.lastPoll = s.lastPoll();
        f.lastSuccess = s.lastSuccess();
        f.lastNewItem = s.lastNewItem();
        f.lastErrorAt = s.lastErrorAt();
        f.lastError = s.lastError();
        f.polls = s.polls();
        f.notModified = s.notModified();
        f.errors = s.errors();
        f.consecutiveErrors = s.consecutiveErrors();
        f.items = s.items();
        f.recentItems.addAll(s.recentItems());
        f.seen.addAll(s.seen());
        return f;
    }

    /** The persisted fields of a feed's state; times may be {@code null} when the event never happened. */
    public record Snapshot(String url, String listTitle, String title, String etag, String lastModified,
            Instant lastPoll, Instant lastSuccess, Instant lastNewItem, Instant lastErrorAt, String lastError,
            long polls, long notModified, long errors, int consecutiveErrors, long items, List<Instant> recentItems,
            List<String> seen) {
        public Snapshot {
            recentItems = List.copyOf(recentItems);
            seen = List.copyOf((Collection<String>) seen);
        }
    }
}
