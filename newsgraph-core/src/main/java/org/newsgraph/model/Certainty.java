/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.Locale;

/**
 * How sure the text is of a statement: the author's own assertion, a report of somebody's statement, a hedged
 * ("offenbar", "reportedly") or speculative ("könnte", "experts believe") statement, or a denial.
 */
public enum Certainty {
    ASSERTED, REPORTED, HEDGED, SPECULATED, DENIED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
