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
 * A set of name fragments written as a small regular-expression alternation ({@code "comment|share|^nav$|[_-]ads?$"})
 * and matched without one: each fragment is a literal, optionally anchored at the start ({@code ^}) or end
 * ({@code $}) of the text or to a {@code _}/{@code -} separator ({@code [_-]}) on either side, with optional single
 * characters ({@code ads?}, {@code tag-?list}) expanded up front. Matching tries, at each position of the text, only
 * the fragments that begin with the character there: a big alternation run with {@code find()} tries every branch
 * at every position, which made class-name matching the costliest step of extraction. Any other syntax is refused when the set is built. Immutable and thread-safe.
 */
final class Fragments {
    private static final int FREE = 0;
    private static final int EDGE = 1;
    private static final int SEPARATOR = 2;

    /** One expanded fragment: what must stand before the literal, the literal, what must stand after it. */
    private record Fragment(int before, String literal, int after, int kind) {
        /** True when the literal stands at {@code i} with the anchors it needs. */
        boolean at(String text, int i) {
            int end = i + literal.length();
            return text.startsWith(literal, i) && fits(before, text, i - 1, i == 0)
                    && fits(after, text, end, end == text.length());
        }

        private static boolean fits(int anchor, String text, int at, boolean atEdge) {
            return anchor == FREE || anchor == EDGE && atEdge
                    || anchor == SEPARATOR && !atEdge && (text.charAt(at) == '_' || text.charAt(at) == '-');
        }
    }

    /** The fragments by the first character of their literal (all are ASCII): one lookup per text position. */
    private final Fragment[][] byFirstChar = new Fragment[128][];

    /** Fragments from an alternation such as {@code "comment|share|^nav$"}. */
    Fragments(String alternation) {
        this(new String[] {alternation});
    }

    /**
     * Fragments from several alternations, each a kind: {@link #kindsIn} tells in one pass which of them occur (bit
     * {@code i} for the alternation at index {@code i}; at most 31).
     */
    Fragments(String... alternations) {
        if (alternations.length > 31) {
            throw new IllegalArgumentException("too many kinds: " + alternations.length);
        }
        List<Fragment> out = new ArrayList<>();
        for (int kind = 0; kind < alternations.length; kind++) {
            for (String f : alternations[kind].split("\\|")) {
                parse(f, kind, out);
            }
        }
        for (char c = 0; c < 128; c++) {
            char first = c;
            Fragment[] bucket = out.stream().filter(f -> f.literal().charAt(0) == first).toArray(Fragment[]::new);
            byFirstChar[c] = bucket.length == 0 ? null : bucket;
        }
    }

    /** The kinds whose fragments occur in the (lower-case) text, as a bit set; 0 when none does. */
    int kindsIn(String text) {
        int kinds = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Fragment[] bucket = c < 128 ? byFirstChar[c] : null;
            if (bucket != null) {
                for (Fragment f : bucket) {
                    if ((kinds & 1 << f.kind()) == 0 && f.at(text, i)) {
                        kinds |= 1 << f.kind();
                    }
                }
            }
        }
        return kinds;
    }

    /** True when some fragment occurs in the (lower-case) text. */
    boolean foundIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Fragment[] bucket = c < 128 ? byFirstChar[c] : null;
            if (bucket != null) {
                for (Fragment f : bucket) {
                    if (f.at(text, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void parse(String f, int kind, List<Fragment> out) {
        String s = f;
        int before = FREE;
        int after = FREE;
        if (s.startsWith("^")) {
            before = EDGE;
            s = s.substring(1);
        } else if (s.startsWith("[_-]")) {
            before = SEPARATOR;
            s = s.substring(4);
        }
        if (s.endsWith("$")) {
            after = EDGE;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("[_-]")) {
            after = SEPARATOR;
            s = s.substring(0, s.length() - 4);
        }
        for (String literal : expand(s, f)) {
            out.add(new Fragment(before, literal, after, kind));
        }
    }

    /** The literals a core with optional characters stands for: {@code "ads?"} is {@code "ad"} and {@code "ads"}. */
    private static List<String> expand(String core, String fragment) {
        List<String> out = new ArrayList<>(List.of(""));
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                throw new IllegalArgumentException("unsupported fragment syntax: " + fragment);
            }
            boolean optional = i + 1 < core.length() && core.charAt(i + 1) == '?';
            List<String> next = new ArrayList<>();
            for (String o : out) {
                next.add(o + c);
                if (optional) {
                    next.add(o);
                }
            }
            out = next;
            if (optional) {
                i++;
            }
        }
        if (out.contains("")) {
            throw new IllegalArgumentException("fragment matches the empty string: " + fragment);
        }
        return out;
    }
}
