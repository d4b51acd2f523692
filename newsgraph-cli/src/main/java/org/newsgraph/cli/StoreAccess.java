/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.server.ServerFile;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * How commands open a store. Every command defaults to the store {@code demo} fills ({@value #DEFAULT}). Readers
 * ({@code search}, {@code export}, {@code feeds}) open it read-only, so that they work beside a server that reads it;
 * when a process writes it (a server with ingest by URL or live feeds), they ask that server, whose address it leaves
 * in the store ({@link ServerFile}).
 */
final class StoreAccess {
    /** The store every command uses unless told otherwise: where {@code newsgraph demo} puts the samples. */
    static final String DEFAULT = "data/demo";

    private StoreAccess() {}

    /**
     * The store opened for reading: read-only when its derived tables are up to date (other readers and a reading
     * server may hold it too), else for writing, to bring them up to date first.
     *
     * @throws StoreException with {@link StoreException#inUse()} true when another process writes it
     */
    static Store forReading(Path dir) throws StoreException {
        Store ro;
        try {
            ro = Store.openReadOnly(dir);
        } catch (StoreException e) {
            if (e.inUse()) {
                throw e;
            }
            return Store.openExisting(dir); // a store an older Newsgraph wrote: a writer brings it up to date
        }
        if (!ro.derivedStale()) {
            return ro;
        }
        ro.close();
        try {
            return Store.openExisting(dir);
        } catch (StoreException e) {
            if (e.inUse()) { // readers hold it: read what the last writer left
                return Store.openReadOnly(dir);
            }
            throw e;
        }
    }

    /**
     * The store opened for a server: for writing when it writes (ingest by URL, live feeds); else opened for writing
     * just long enough to bring the index and derived tables up to date, then read-only, so that commands may read it
     * while it serves.
     */
    static Store forServing(Path dir, boolean writes) throws StoreException {
        if (writes) {
            return Store.openExisting(dir);
        }
        try (Store rw = Store.openExisting(dir)) {
            rw.refreshDerived();
        } catch (StoreException e) {
            if (!e.inUse()) {
                throw e;
            }
            // other readers hold it: they read a store a writer left up to date
        }
        return Store.openReadOnly(dir);
    }

    /** The address of a server running on the store, for a command that cannot open it. */
    static Optional<String> server(Path dir) {
        return ServerFile.read(dir);
    }
}
