/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.time.LocalDate;

/**
 * An office held for a period: {@code head-of-state} of {@code PRK} from 2011-12-17, open-ended.
 *
 * @param office  office name (see {@code actors/README.md}: head-of-state, head-of-government, leader, ...)
 * @param country ISO 3166 alpha-3 code of the country (or an organisation id for offices of organisations)
 * @param from    first day in office, or {@code null} when unknown
 * @param to      last day in office, or {@code null} while in office
 */
public record Role(String office, String country, LocalDate from, LocalDate to) {
    /** True when the role was held on {@code day}; an unknown day matches roles that are still held. */
    public boolean heldOn(LocalDate day) {
        if (day == null) {
            return to == null;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
