/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import org.newsgraph.error.InputIoException;

/**
 * A request that produced no usable response. {@link #isTransient()} tells whether a later retry may succeed
 * (timeouts, dropped connections) or not (a response too large, an unknown host).
 */
public final class FetchException extends InputIoException {
    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;

    public FetchException(String url, String message, boolean transientFailure) {
        super(url, message);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
