/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * A temporal expression normalised against the publication date (TIMEX3 types and values).
 *
 * @param sentence index of the sentence
 * @param start    character offset into the article text
 * @param end      end offset (exclusive)
 * @param text     the covered text
 * @param type     DATE, TIME, DURATION or SET
 * @param value    TIMEX3 value ("2023-09-11", "2023-W36", "P5Y", "FUTURE_REF"), or {@code null} when unresolved
 * @param method   what produced it: {@code heideltime:RULE} or {@code rule:NAME} for Newsgraph's own follow-up rules
 */
public record Timex(int sentence, int start, int end, String text, String type, String value, String method) {}
