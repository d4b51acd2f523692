/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The claim rules for German and English: cue lexicons, quotation marks, subjunctive, content clauses, speaker and
 * source phrases, read from per-language resource files under {@code claim/}. The rules give claim drafts to the
 * stage's assembly, and their findings to the learned tagger as evidence.
 */
package org.newsgraph.claim.rules;
