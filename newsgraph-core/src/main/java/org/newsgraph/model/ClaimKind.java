/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.Locale;

/** Direct quotation, indirect (reported) speech, or a statement attributed to a source ("laut", "according to"). */
public enum ClaimKind {
    DIRECT, INDIRECT, REPORTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
