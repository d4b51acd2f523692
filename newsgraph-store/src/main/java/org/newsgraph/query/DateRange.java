/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.time.LocalDate;

/**
 * The days a chart covers: from the chosen day or the first stored article's day, to the chosen day or open. Events
 * dated before it are history, listed apart, so that a timex about 2000 does not stretch a chart of 2023's news.
 *
 * @param from the first day, or null when nothing is stored
 * @param to   the last day, or null for open
 */
public record DateRange(LocalDate from, LocalDate to) {}
