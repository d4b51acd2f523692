/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

/**
 * One value of a search facet and how many of the best matches have it.
 *
 * @param facet {@code outlet}, {@code language}, {@code actor}, {@code type} or {@code month}
 * @param value the value to filter on (an actor id, a month "2023-09")
 * @param label what to show (an actor's name in the reader's language)
 * @param count matching articles with it
 */
public record Facet(String facet, String value, String label, long count) {}
