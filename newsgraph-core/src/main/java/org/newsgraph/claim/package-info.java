/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The claim stage: who says what, and how sure. Direct quotations, indirect (reported) speech and sourced statements
 * ("laut", "according to") in German and English, with their speaker, cue, content, addressee and certainty.
 */
package org.newsgraph.claim;
