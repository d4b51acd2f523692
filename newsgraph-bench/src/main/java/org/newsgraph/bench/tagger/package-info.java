/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Training the claim stage's taggers: averaged-perceptron (and experimental CRF) training of linear-chain models on
 * the sequences the product's tagger computes, kept out of the application. Deterministic for a given seed.
 */
package org.newsgraph.bench.tagger;
