/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Names the root element of an XML document from its first bytes, without parsing it, to tell feeds, sitemaps and
 * OPML files apart. Thread-safe (stateless).
 */
final class XmlSniffer {
    private static final int HEAD = 4096;

    private XmlSniffer() {}

    /** The lower-case qualified name of the first element ({@code rss}, {@code urlset}), or "" when none is found. */
    static String rootElement(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.UTF_8);
        int i = s.startsWith("\ufeff") ? 1 : 0;
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= s.length()) {
                return "";
            }
            char c = s.charAt(lt + 1);
            if (c == '?') {
                i = skipPast(s, lt, "?>");
            } else if (s.startsWith("<!--", lt)) {
                i = skipPast(s, lt, "-->");
            } else if (c == '!') {
                i = skipPast(s, lt, ">");
            } else {
                int end = lt + 1;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>'
                        && s.charAt(end) != '/') {
                    end++;
                }
                return s.substring(lt + 1, end).toLowerCase(Locale.ROOT);
            }
            if (i < 0) {
                return "";
            }
        }
    }

    private static int skipPast(String s, int from, String end) {
        int e = s.indexOf(end, from);
        return e < 0 ? -1 : e + end.length();
    }
}
