/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.error;

/** Base of Newsgraph's checked failures; the message always names the input it concerns. */
public class NewsgraphException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String input;

    public NewsgraphException(String input, String message, Throwable cause) {
        super(input + ": " + message, cause);
        this.input = input;
    }

    /** The file, URL or record the failure concerns. */
    public String input() {
        return input;
    }
}
