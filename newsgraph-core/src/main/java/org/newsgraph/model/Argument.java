/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * An event or claim argument: the words in the text and, when linked, the actor they refer to.
 *
 * @param entity actor id, or {@code null} when the words could not be linked
 * @param text   the words as written
 * @param start  character offset into the article text, or -1 when the argument is not in the text
 * @param end    end offset (exclusive), or -1
 */
public record Argument(String entity, String text, int start, int end) {}
