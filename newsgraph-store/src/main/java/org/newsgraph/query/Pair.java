/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

/**
 * Two actors and the articles naming both.
 *
 * @param a        one actor id
 * @param b        the other (ids in order)
 * @param articles articles naming both
 */
public record Pair(String a, String b, long articles) {}
