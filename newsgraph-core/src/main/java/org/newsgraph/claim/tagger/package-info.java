/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * A small sequence labeller for the claim stage: hashed features, a linear-chain model decoded with Viterbi, and an
 * averaged-perceptron trainer. Plain Java, no dependencies; models are compact files committed as resources.
 */
package org.newsgraph.claim.tagger;
