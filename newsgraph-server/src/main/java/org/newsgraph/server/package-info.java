/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The web server: Javalin on loopback with the API, the pages at their bookmarkable routes, their assets and the
 * WebJar libraries ({@link org.newsgraph.server.NewsgraphServer}), its configuration ({@link
 * org.newsgraph.server.ServerConfig}).
 */
package org.newsgraph.server;
