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

    public StoreException(String store, String message, Throwable cause) {
        super(store, new java.io.IOException(message + (cause == null || cause.getMessage() == null ? ""
                : " (" + firstLine(cause.getMessage()) + ")"), cause));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
