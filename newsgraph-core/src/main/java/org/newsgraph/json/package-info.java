/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/** The {@code newsgraph.analysis/1} JSON document of the output contract, written with Jackson's streaming API. */
package org.newsgraph.json;
