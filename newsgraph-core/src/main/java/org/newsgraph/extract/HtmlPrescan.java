/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One linear pass over the markup before it is parsed. It drops what never holds article text (scripts, styles,
 * inline SVG, comments) so that the parser sees about a third of a typical page, keeps the text of JSON-LD scripts
 * aside, and drops tags nested deeper than the depth limit, which would otherwise make parsing quadratic. Depth is
 * counted over elements that need an end tag, so sloppy markup (unclosed {@code <p>}, {@code <li>}) does not
 * inflate it.
 */
final class HtmlPrescan {
    /** Elements whose end tag may be omitted, or that have none: they never count towards depth. */
    private static final Set<String> NOT_NESTING = Set.of("p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead",
            "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp", "area", "base", "br", "col",
            "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "html", "head", "body");

    /**
     * The markup to parse.
     *
     * @param markup        the page without scripts, styles, SVG, comments and over-deep tags
     * @param jsonLd        the text of each {@code application/ld+json} script, in page order
     * @param depthLimited  whether tags were dropped for depth
     */
    record Result(String markup, List<String> jsonLd, boolean depthLimited) {}

    private HtmlPrescan() {}

    static Result scan(String html, int maxDepth) {
        StringBuilder out = new StringBuilder(html.length() / 2 + 16);
        List<String> jsonLd = new ArrayList<>();
        int n = html.length();
        int copied = 0;
        int i = 0;
        int depth = 0;
        boolean limited = false;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = html.charAt(lt + 1);
            int skipTo = -1;
            if (c == '!') {
                if (html.startsWith("--", lt + 2)) {
                    int e = html.indexOf("-->", lt + 4);
                    skipTo = e < 0 ? n : e + 3;
                }
            } else if (c == '/') {
                int nameEnd = nameEnd(html, lt + 2);
                String name = html.substring(lt + 2, nameEnd).toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !NOT_NESTING.contains(name)) {
                    if (depth > maxDepth) {
                        skipTo = tagEnd(html, nameEnd);
                    }
                    depth = Math.max(0, depth - 1);
                }
            } else if (isAsciiLetter(c)) {
                int nameEnd = nameEnd(html, lt + 1);
                String name = html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
                int gt = tagEnd(html, nameEnd);
                if (name.equals("script") || name.equals("style") || name.equals("svg")) {
                    int close = indexOfIgnoreCase(html, "</" + name, gt);
                    skipTo = close < 0 ? n : tagEnd(html, close + 2 + name.length());
                    if (name.equals("script") && isJsonLd(html, lt, gt) && close > gt) {
                        jsonLd.add(html.substring(gt, close));
                    }
                } else if (!NOT_NESTING.contains(name)) {
                    depth++;
                    if (depth > maxDepth) {
                        limited = true;
                        skipTo = gt;
                    }
                }
            }
            if (skipTo > 0) {
                out.append(html, copied, lt);
                copied = Math.min(skipTo, n);
                i = copied;
            } else {
                i = lt + 1;
            }
        }
        out.append(html, copied, n);
        return new Result(out.toString(), jsonLd, limited);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int nameEnd(String s, int from) {
        int k = from;
        while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '-' || s.charAt(k) == ':')) {
            k++;
        }
        return k;
    }

    /** The index just after the {@code >} that closes the tag, or the end of the text. */
    private static int tagEnd(String s, int from) {
        int gt = s.indexOf('>', from);
        return gt < 0 ? s.length() : gt + 1;
    }

    private static boolean isJsonLd(String s, int lt, int gt) {
        String open = s.substring(lt, Math.min(gt, lt + 300)).toLowerCase(Locale.ROOT);
        return open.contains("ld+json");
    }

    static int indexOfIgnoreCase(String s, String t, int from) {
        int n = s.length();
        int m = t.length();
        char c0 = t.charAt(0);
        for (int i = s.indexOf(c0, Math.max(0, from)); i >= 0 && i + m <= n; i = s.indexOf(c0, i + 1)) {
            if (s.regionMatches(true, i, t, 0, m)) {
                return i;
            }
        }
        return -1;
    }
}
