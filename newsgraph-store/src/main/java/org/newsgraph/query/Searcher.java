/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.io.IOException;
import java.util.List;
import org.newsgraph.error.BadInputException;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreSearch;

/**
 * The store's searcher, reopened after writes so that new articles become findable. A search in flight keeps the
 * reader it started with; the replaced reader is closed once the next one is in place (a search that still holds it
 * finishes on Lucene's reference counting). Thread-safe.
 */
public final class Searcher implements AutoCloseable {
    /** Marks around matching words in snippets: private-use characters that article text does not carry. */
    static final String PRE = "\uE000";
    static final String POST = "\uE001";
    private final Store store;
    private volatile StoreSearch current;

    public Searcher(Store store) throws StoreException {
        this.store = store;
        this.current = store.search();
    }

    List<SearchHit> search(SearchRequest r) throws BadInputException, IOException {
        return current.search(r, PRE, POST);
    }

    int count(SearchRequest r) throws BadInputException, IOException {
        return current.count(r);
    }

    /** Sees everything stored so far. */
    public synchronized void reopen() throws StoreException {
        StoreSearch old = current;
        current = store.search();
        closeQuietly(old);
    }

    @Override
    public synchronized void close() {
        closeQuietly(current);
    }

    private static void closeQuietly(StoreSearch s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // a reader that cannot close holds only memory
        }
    }
}
