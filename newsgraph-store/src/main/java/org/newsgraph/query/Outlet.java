/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

/**
 * An outlet: its articles, languages, first and last day, event reports, claims and syndicated copies.
 *
 * @param outlet     the name, {@code (unknown)} for articles without one
 * @param articles   articles
 * @param languages  languages, comma-separated
 * @param first      first day
 * @param last       last day
 * @param events     event reports
 * @param claims     claims
 * @param syndicated articles that are copies of a text another article carries too
 */
public record Outlet(String outlet, long articles, String languages, String first, String last, long events,
        long claims, long syndicated) {
    /** Articles of one outlet in one period. */
    public record Coverage(String period, String outlet, long articles) {}
}
