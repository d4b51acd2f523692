/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.Locale;

/**
 * When an event happened or is to happen.
 *
 * @param value  TIMEX3 value, or {@code null}
 * @param text   the words it came from, or {@code null}
 * @param method how it was found
 */
public record EventTime(String value, String text, Method method) {
    /** Where an event's time came from. */
    public enum Method {
        /** A temporal expression governed by or near the predicate. */
        TIMEX,
        /** The article's publication date. */
        DOCUMENT_DATE,
        /** Unknown. */
        NONE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
