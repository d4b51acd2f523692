/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Typed exceptions that carry the input they concern; the CLI and the server map them to exit codes and HTTP
 * statuses in one place each.
 */
package org.newsgraph.error;
