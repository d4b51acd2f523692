/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import org.newsgraph.error.InputIoException;

/** The store cannot be opened, read or written: a missing or corrupt folder, a full disk, another version. */
public final class StoreException extends InputIoException {
    private static final long serialVersionUID = 1L;

    private final boolean inUse;

    public StoreException(String store, String message, Throwable cause) {
        this(store, message, cause, false);
    }

    private StoreException(String store, String message, Throwable cause, boolean inUse) {
        super(store, new java.io.IOException(message + (cause == null || cause.getMessage() == null ? ""
                : " (" + firstLine(cause.getMessage()) + ")"), cause));
        this.inUse = inUse;
    }

    /** Another process holds the store in a way that excludes this opening (a writer, or readers of a writer). */
    static StoreException inUse(String store, String message, Throwable cause) {
        return new StoreException(store, message, cause, true);
    }

    /** True when another process holds the store; a reader may then ask that process (a running server) instead. */
    public boolean inUse() {
        return inUse;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
