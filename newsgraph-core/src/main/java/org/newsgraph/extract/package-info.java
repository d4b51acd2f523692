/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The extract stage: raw documents (plain text, article records, HTML) become {@link org.newsgraph.model.Article}s.
 * Readers validate their input at the boundary and fail with a {@link org.newsgraph.error.BadInputException} that
 * names it.
 */
package org.newsgraph.extract;
