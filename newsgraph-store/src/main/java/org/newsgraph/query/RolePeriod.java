/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

/**
 * An actor's roles in one period, by the articles' days.
 *
 * @param period   the period
 * @param source   event reports with it as source
 * @param target   event reports with it as target
 * @param speaker  claims it made
 * @param articles articles naming it
 */
public record RolePeriod(String period, long source, long target, long speaker, long articles) {}
