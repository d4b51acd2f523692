/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The REST API over a store: one handler per endpoint ({@link org.newsgraph.api.Api} lists them all), parameters
 * validated in {@link org.newsgraph.api.Params}, answers as JSON or CSV ({@link org.newsgraph.api.Respond}), failures
 * mapped to JSON errors in one place ({@link org.newsgraph.api.ApiErrors}). Handlers hold no SQL: each translates a
 * request into a call of the store's query layer ({@link org.newsgraph.query.StoreReader}) and its records into JSON.
 */
package org.newsgraph.api;
