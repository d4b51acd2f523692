/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import org.newsgraph.error.BadInputException;

/** A URL the source stage will not fetch: not http(s), or resolving to a non-public address without permission. */
public final class RefusedUrlException extends BadInputException {
    private static final long serialVersionUID = 1L;

    public RefusedUrlException(String url, String message) {
        super(url, "refused: " + message);
    }
}
