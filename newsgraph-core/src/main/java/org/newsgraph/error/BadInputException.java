/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.error;

/** The input cannot be analysed as given: empty, binary, badly encoded, malformed or unsupported. */
public class BadInputException extends NewsgraphException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String input, String message) {
        super(input, message, null);
    }

    public BadInputException(String input, String message, Throwable cause) {
        super(input, message, cause);
    }
}
