/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A set of name fragments written as one regular-expression alternation, matched fast: the plain literals are looked
 * up with {@link String#contains}, and only the few fragments with anchors or classes go through a regular
 * expression. A big alternation run with {@code find()} tries every branch at every position, which made class-name
 * matching the costliest step of extraction.
 */
final class Fragments {
    private final String[] literals;
    private final Pattern rest;

    /** Fragments from an alternation such as {@code "comment|share|^nav$"}. */
    Fragments(String alternation) {
        List<String> lit = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String f : alternation.split("\\|")) {
            if (f.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                lit.add(f);
            } else {
                other.add(f);
            }
        }
        literals = lit.toArray(new String[0]);
        rest = other.isEmpty() ? null : Pattern.compile(String.join("|", other));
    }

    /** True when some fragment occurs in the (lower-case) text. */
    boolean foundIn(String text) {
        for (String l : literals) {
            if (text.contains(l)) {
                return true;
            }
        }
        return rest != null && rest.matcher(text).find();
    }
}
