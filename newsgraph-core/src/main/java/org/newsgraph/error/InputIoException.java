/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.error;

import java.io.IOException;

/** The input could not be read or the output not written (missing file, permissions, network). */
public class InputIoException extends NewsgraphException {
    private static final long serialVersionUID = 1L;

    public InputIoException(String input, IOException cause) {
        super(input, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }

    public InputIoException(String input, String message) {
        super(input, message, null);
    }
}
