/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The REST API over a store: one handler per endpoint ({@link org.newsgraph.api.Api} lists them all), filters and
 * paging validated in {@link org.newsgraph.api.Params}, answers as JSON or CSV tables ({@link org.newsgraph.api.Respond}),
 * failures mapped to JSON errors in one place ({@link org.newsgraph.api.ApiErrors}). SQL over the store's tables runs
 * on a pool of read connections ({@link org.newsgraph.api.Db}).
 */
package org.newsgraph.api;
