/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

/** A transient status line on the terminal (standard error); silent when standard error is not a terminal. */
final class Status {
    private static final boolean TERMINAL = System.console() != null;

    private Status() {}

    static void say(String message) {
        if (TERMINAL) {
            System.err.print("\r" + message);
            System.err.flush();
        }
    }

    static void clear() {
        if (TERMINAL) {
            System.err.print("\r\033[K");
            System.err.flush();
        }
    }
}
