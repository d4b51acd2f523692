/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts of every element below a root, computed in one pass: characters (whitespace not counted), characters
 * inside links, and commas. Counting once and looking up is what keeps scoring linear in the page size.
 */
final class TextStats {
    /** Counts for one element and everything below it. */
    static final class Stat {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Stat> stats = new IdentityHashMap<>(4096);

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    s.stats.put(e, new Stat());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element parent = (Element) t.parentNode();
                    Stat st = parent == null ? null : s.stats.get(parent);
                    if (st != null) {
                        String text = t.getWholeText();
                        for (int i = 0; i < text.length(); i++) {
                            char c = text.charAt(i);
                            if (c == ',') {
                                st.commas++;
                                st.chars++;
                            } else if (c > ' ' && !Character.isWhitespace(c)) {
                                st.chars++;
                            }
                        }
                    }
                } else if (node instanceof Element e) {
                    Stat st = s.stats.get(e);
                    if (e.normalName().equals("a")) {
                        st.linkChars = st.chars;
                    }
                    if (e.normalName().equals("p") && st.chars > 0) {
                        st.paragraphs++;
                    }
                    Element parent = e.parent();
                    Stat ps = parent == null ? null : s.stats.get(parent);
                    if (ps != null) {
                        ps.chars += st.chars;
                        ps.linkChars += st.linkChars;
                        ps.commas += st.commas;
                        ps.paragraphs += st.paragraphs;
                    }
                }
            }
        }, root);
        return s;
    }

    /** The counts of an element below the root (empty counts for one added later). */
    Stat get(Element e) {
        Stat s = stats.get(e);
        return s == null ? new Stat() : s;
    }

    /** Takes the counts of a removed element off its former ancestors, so the counts stay right without a recount. */
    void subtract(Element removed, Element formerParent) {
        Stat r = stats.get(removed);
        if (r == null) {
            return;
        }
        for (Element a = formerParent; a != null; a = a.parent()) {
            Stat s = stats.get(a);
            if (s != null) {
                s.chars -= r.chars;
                s.linkChars -= r.linkChars;
                s.commas -= r.commas;
                s.paragraphs -= r.paragraphs;
            }
        }
    }
}
