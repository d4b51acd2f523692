/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.ner;

import java.time.LocalDate;
import java.util.List;

/**
 * One GermEval 2014 sentence: tokens, outer BIO tags and the date of its source.
 *
 * @param tokens the gold tokens
 * @param tags   outer-level BIO tags (PER, LOC, ORG, OTH and their deriv/part variants)
 * @param date   the date in the sentence header, or {@code null}
 */
public record GermEvalSentence(List<String> tokens, List<String> tags, LocalDate date) {}
