/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

import java.time.LocalDate;
import java.util.List;

/**
 * One sentence of a PETRARCH validation file with its gold codings.
 *
 * @param id      the record's id attribute
 * @param rawDate the date attribute as written (YYYYMMDD)
 * @param date    the publication day, or null when the attribute is malformed
 * @param text    the sentence, line breaks joined
 * @param codings gold events; empty for a record marked {@code noevents="True"}
 */
public record PetrRecord(String id, String rawDate, LocalDate date, String text, List<Coding> codings) {
    public PetrRecord {
        codings = List.copyOf(codings);
    }

    /** A gold event: CAMEO event code and the source and target actor codes ("---" for unknown or none). */
    public record Coding(String event, String source, String target) {}
}
