/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.List;

/**
 * One sentence with its tokens and, when it was parsed, its basic dependency tree.
 *
 * @param index        position in the document (0-based)
 * @param start        character offset into the article text
 * @param end          end offset (exclusive)
 * @param tokens       the tokens in order
 * @param dependencies the tree's arcs, or {@code null} when the sentence was not parsed
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = dependencies == null ? null : List.copyOf(dependencies);
    }

    public boolean isParsed() {
        return dependencies != null;
    }

    public Sentence withDependencies(List<Dependency> deps) {
        return new Sentence(index, start, end, tokens, deps);
    }
}
