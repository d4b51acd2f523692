/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The nlp stage: language identification, tokens, sentences, part-of-speech tags, lemmas, named entities, dependency
 * parses on demand (CoreNLP's parser models, scored by Newsgraph's own {@code NndepScorer}), and temporal
 * expressions. Models load once per process and are shared by threads.
 */
package org.newsgraph.nlp;
