/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The nouns of Newsgraph: immutable records that flow between pipeline stages. Every extracted value carries its
 * provenance (span, method, confidence); a missing value is {@code null}, never a default that looks like data.
 */
package org.newsgraph.model;
