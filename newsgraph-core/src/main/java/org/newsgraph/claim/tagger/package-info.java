/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The learned claim tagger (German): hashed features over immutable per-article evidence (the text and the rules'
 * findings), linear-chain models decoded with Viterbi for cues, quotations and roles. Training lives in the bench
 * module; this package only reads and applies models.
 */
package org.newsgraph.claim.tagger;
