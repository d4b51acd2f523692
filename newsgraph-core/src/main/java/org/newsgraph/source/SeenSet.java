/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded set of keys (canonical URLs, content hashes, feed item ids) that forgets the oldest insertions first,
 * so a long-running collector's memory and state file stay bounded. Thread-safe.
 */
final class SeenSet {
    private final LinkedHashMap<String, Boolean> keys;

    SeenSet(int capacity) {
        this.keys = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Adds the key; true when it was not there yet. */
    synchronized boolean add(String key) {
        return keys.put(key, Boolean.TRUE) == null;
    }

    synchronized boolean contains(String key) {
        return keys.containsKey(key);
    }

    synchronized void addAll(Collection<String> more) {
        for (String k : more) {
            keys.put(k, Boolean.TRUE);
        }
    }

    /** The keys, oldest first. */
    synchronized List<String> toList() {
        return new ArrayList<>(keys.keySet());
    }

    synchronized int size() {
        return keys.size();
    }
}
