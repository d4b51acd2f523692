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
    /** Deeper nesting is refused: real feeds, sitemaps and OPML files nest a dozen levels, XHTML content a few more. */
    static final int MAX_DEPTH = 512;

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

    /**
     * True when elements nest deeper than {@code max} somewhere in the document. A cheap byte scan, run before an XML
     * parser builds a tree: Rome and the DOM walk trees recursively or in quadratic time, so a hostile document
     * 100,000 elements deep overflows the stack or takes minutes.
     */
    static boolean nestedDeeperThan(byte[] b, int max) {
        int depth = 0;
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (b[i] != '<' || i + 1 >= n) {
                i++;
                continue;
            }
            byte c = b[i + 1];
            if (c == '?') {
                i = after(b, i + 2, "?>");
            } else if (c == '!') {
                i = startsWith(b, i, "<!--") ? after(b, i + 4, "-->")
                        : startsWith(b, i, "<![CDATA[") ? after(b, i + 9, "]]>") : after(b, i + 2, ">");
            } else if (c == '/') {
                depth = Math.max(0, depth - 1);
                i = after(b, i + 2, ">");
            } else {
                int end = tagEnd(b, i + 1);
                if (end < 0) {
                    return false;
                }
                if (b[end - 1] != '/' && ++depth > max) {
                    return true;
                }
                i = end + 1;
            }
        }
        return false;
    }

    /** The index of the {@code >} that ends the tag starting before {@code from}, quotes respected; -1 if none. */
    private static int tagEnd(byte[] b, int from) {
        byte quote = 0;
        for (int i = from; i < b.length; i++) {
            byte c = b[i];
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index just after the next {@code end} at or after {@code from}, or the length when there is none. */
    private static int after(byte[] b, int from, String end) {
        for (int i = from; i < b.length; i++) {
            if (startsWith(b, i, end)) {
                return i + end.length();
            }
        }
        return b.length;
    }

    private static int skipPast(String s, int from, String end) {
        int e = s.indexOf(end, from);
        return e < 0 ? -1 : e + end.length();
    }
}
