/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.Locale;

/** Whether an event happened, is planned, is only possible, or is negated. */
public enum Modality {
    OCCURRED, PLANNED, HYPOTHETICAL, NEGATED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
