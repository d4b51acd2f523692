/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsgraph.model.Paragraph;

/**
 * Lays out the text below some elements as blocks, the way a browser breaks lines: every block-level element and
 * every {@code <br>} ends a block, inline elements join their text. Headings, list items and quotations keep their
 * kind. Iterative, so deep markup cannot overflow the stack.
 */
final class BlockExtractor {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "li", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "form", "address", "center", "hr", "br",
            "details", "summary", "hgroup", "aside", "nav", "fieldset", "legend", "body", "html", "dialog");

    private BlockExtractor() {}

    /** The blocks below the roots, in document order. */
    static List<Block> blocks(List<Element> roots) {
        Layout layout = new Layout();
        for (Element root : roots) {
            NodeTraversor.traverse(layout, root);
            layout.flush();
        }
        return layout.out;
    }

    private static final class Layout implements NodeVisitor {
        final List<Block> out = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;
        int headingDepth;
        int listDepth;
        int quoteDepth;
        Paragraph.Kind kind = Paragraph.Kind.PARAGRAPH;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            } else if (tag.equals("td") || tag.equals("th")) {
                append(" ");
            }
            switch (tag) {
                case "a" -> linkDepth++;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
                case "li", "dd", "dt" -> listDepth++;
                case "blockquote" -> quoteDepth++;
                default -> { }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
            switch (tag) {
                case "a" -> linkDepth--;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
                case "li", "dd", "dt" -> listDepth--;
                case "blockquote" -> quoteDepth--;
                default -> { }
            }
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                } else if (c != '\u00AD' && c != '\u200B') { // soft hyphen and zero-width space are invisible
                    if (text.length() == 0) {
                        kind = headingDepth > 0 ? Paragraph.Kind.HEADING : listDepth > 0 ? Paragraph.Kind.LIST_ITEM
                                : quoteDepth > 0 ? Paragraph.Kind.QUOTE : Paragraph.Kind.PARAGRAPH;
                    }
                    text.append(c);
                    chars++;
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        void flush() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (chars > 0) {
                out.add(new Block(kind, text.substring(0, end), linkChars, chars));
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }
}
