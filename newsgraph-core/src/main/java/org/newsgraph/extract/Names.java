/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Class, id and attribute names split and sorted without regular expressions: they are read for every element of
 * every page, where a regex split and a regex match per name were a visible share of extraction time.
 */
final class Names {
    /** Leading words of class tokens that state a taxonomy or a state, not a role ("tag-foo", "has-sidebar"). */
    private static final String[] TAXONOMY = {"tags", "tag", "category", "categories", "cat", "postid", "type",
        "status", "format", "has", "is", "with", "no", "lang", "term", "taxonomy", "topic", "parent-pageid", "page-id",
        "page-template", "single-format", "hentry"};

    private Names() {}

    /** The whitespace-separated tokens of a string, without empty ones. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean space = i == s.length() || Character.isWhitespace(s.charAt(i));
            if (space && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /**
     * True when a lower-case class token is a taxonomy or state word, alone or followed by a {@code -}/{@code _} part
     * ({@code category-news}, {@code post-1234}, {@code has-sidebar}).
     */
    static boolean isTaxonomy(String token) {
        for (String word : TAXONOMY) {
            if (token.startsWith(word) && endsPart(token, word.length())) {
                return true;
            }
        }
        return isPostNumber(token);
    }

    /** {@code post}, an optional {@code -}, digits, then the end or a separator ({@code post-1234}). */
    private static boolean isPostNumber(String token) {
        if (!token.startsWith("post")) {
            return false;
        }
        int i = token.length() > 4 && token.charAt(4) == '-' ? 5 : 4;
        int j = i;
        while (j < token.length() && token.charAt(j) >= '0' && token.charAt(j) <= '9') {
            j++;
        }
        return j > i && endsPart(token, j);
    }

    private static boolean endsPart(String token, int at) {
        return at == token.length() || token.charAt(at) == '-' || token.charAt(at) == '_';
    }
}
