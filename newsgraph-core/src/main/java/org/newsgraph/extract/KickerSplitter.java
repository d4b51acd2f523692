/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.regex.Pattern;

/**
 * Splits a kicker that text extraction glued to the headline without a space ("Neue PartnerschaftKim reist ...").
 * The boundary is a lower-case letter directly followed by an upper-case word inside one token. Brand names written in
 * camel case ("YouTube", "LinkedIn") are told apart because they recur intact in the article, whereas a glued
 * kicker-headline token occurs exactly once.
 */
public final class KickerSplitter {
    private static final int MAX_KICKER_WORDS = 8;
    private static final int MAX_KICKER_CHARS = 80;

    /** A headline split into kicker and title; the kicker is {@code null} when none was found. */
    public record Split(String kicker, String title) {}

    private KickerSplitter() {}

    /**
     * Splits {@code headline}; {@code fullText} is the whole document, used to recognise camel-case names that recur.
     */
    public static Split split(String headline, String fullText) {
        String h = headline.strip();
        for (int i = 3; i < h.length() - 1; i++) {
            if (!isBoundary(h, i)) {
                continue;
            }
            int tokStart = tokenStart(h, i);
            int tokEnd = tokenEnd(h, i);
            String token = h.substring(tokStart, tokEnd);
            if (i - tokStart < 3 || recurs(fullText, token)) {
                continue;
            }
            String kicker = h.substring(0, i).strip();
            String title = h.substring(i).strip();
            if (words(kicker) > MAX_KICKER_WORDS || kicker.length() > MAX_KICKER_CHARS || words(title) < 2) {
                return new Split(null, h);
            }
            return new Split(kicker, title);
        }
        return new Split(null, h);
    }

    private static boolean isBoundary(String h, int i) {
        return Character.isLowerCase(h.charAt(i - 1)) && Character.isUpperCase(h.charAt(i))
                && Character.isLowerCase(h.charAt(i + 1));
    }

    private static int tokenStart(String h, int i) {
        int s = i;
        while (s > 0 && !Character.isWhitespace(h.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static int tokenEnd(String h, int i) {
        int e = i;
        while (e < h.length() && Character.isLetterOrDigit(h.charAt(e))) {
            e++;
        }
        return e;
    }

    /** True when the token occurs at least twice in the text as a whole word. */
    private static boolean recurs(String text, String token) {
        var m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(token) + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (m.find()) {
            if (++n >= 2) {
                return true;
            }
        }
        return false;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
