/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The store's reads: every question the server, the CLI and the benches ask of a store, answered as typed records
 * (actors, articles, events, clusters, claims, dyads, the network, sources, search, the map), in the reader's
 * language where a name has two. All SQL of reading lives here and in the exports; callers hold none.
 * {@link org.newsgraph.query.StoreReader} is the entry point.
 */
package org.newsgraph.query;
