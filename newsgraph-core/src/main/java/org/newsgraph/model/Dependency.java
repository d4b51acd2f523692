/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/**
 * One arc of a basic (tree) dependency parse.
 *
 * @param head      index of the governing token in the sentence, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  universal dependency relation ("nsubj", "obj", "obl", "nmod:poss", ...)
 */
public record Dependency(int head, int dependent, String relation) {}
