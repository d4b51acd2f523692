/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The claim stage: who says what, and how sure. Direct quotations, indirect (reported) speech and sourced statements
 * ("laut", "according to") in German and English, with their speaker, cue, content, addressee and certainty. This
 * package holds the stage's contract ({@link org.newsgraph.claim.ClaimExtractor}), the drafts both extractors produce
 * and their assembly into {@link org.newsgraph.model.Claim} records; the rules live in {@code claim.rules}, the
 * learned tagger in {@code claim.tagger}. It uses the model, nlp and link packages only.
 */
package org.newsgraph.claim;
