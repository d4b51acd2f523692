/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The days a page shows its readers: dates in {@code <time>} elements and in short elements whose class or id speaks
 * of dates or bylines, outside navigation, asides, footers and furniture-named containers (comments, related
 * stories, sidebars) unless such a container also holds the headline; the first date written in the text right
 * after the headline; and the days written in the page text. Each is computed on first use, so that pages decided
 * by their metadata pay for none of the text passes. One instance per page; not thread-safe.
 */
final class ShownDates {
    private static final Fragments DATE_CLASS = new Fragments(
            "date|datum|time|publish|posted|byline|dateline|meta|info|zeit|stand|veroeffentlicht|entry-header|"
            + "created|erstellt|updated|aktualisiert|submitted|author|autor|calendar|kalender|day");
    private static final int MAX_DATE_ELEMENT_CHARS = 160;
    private static final int MAX_ELEMENTS = 20_000;
    private static final int NEAR_HEADLINE_CHARS = 300;
    /** How much text after the headline counts as the article's when asking whether it writes a day. */
    private static final int ARTICLE_TEXT_CHARS = 5000;
    private static final int MAX_PAGE_TEXT = 200_000;
    private static final int MAX_PAGE_DATES = 200;

    private final Element body;
    private final Element headline;
    private final Set<Element> headlineAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ClassVerdicts verdicts;
    private final Map<String, Boolean> dateNames = new HashMap<>();
    private String text;
    private String articleText;

    ShownDates(Element body, ClassVerdicts verdicts) {
        this.body = body;
        this.verdicts = verdicts;
        this.headline = body.selectFirst("h1");
        if (headline != null) {
            headlineAncestors.addAll(headline.parents());
        }
    }

    /** The first date shown after the headline (anywhere when the page has no {@code <h1>}), or {@code null}. */
    LocalDate afterHeadline() {
        return firstFrom(headline == null ? body : headline);
    }

    /** The first date shown anywhere in the page, or {@code null}. */
    LocalDate anywhere() {
        return firstFrom(body);
    }

    /**
     * The first date written in the text right after the headline (a dateline, a byline), skipping navigation,
     * asides and furniture, or {@code null}.
     */
    LocalDate nearHeadline() {
        if (headline == null) {
            return null;
        }
        return DateParsing.parseShown(textAfterHeadline(NEAR_HEADLINE_CHARS));
    }

    /** About {@code max} characters of the text that follows the headline, without furniture. */
    private String textAfterHeadline(int max) {
        StringBuilder sb = new StringBuilder();
        Node n = after(headline);
        while (n != null && sb.length() < max) {
            if (n instanceof Element e && isFurniture(e)) {
                n = after(e);
                continue;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                sb.append(t.text().strip()).append(' ');
            }
            n = n.childNodeSize() > 0 ? n.childNode(0) : after(n);
        }
        return sb.toString();
    }

    /** The node that follows {@code n} and its subtree in document order, within the body; {@code null} at the end. */
    private Node after(Node n) {
        for (Node a = n; a != null && a != body; a = a.parent()) {
            if (a.nextSibling() != null) {
                return a.nextSibling();
            }
        }
        return null;
    }

    /** True when the day is written in the article's part of the page: the text after the headline, if any. */
    boolean written(LocalDate day) {
        if (articleText == null) {
            articleText = headline == null ? text() : textAfterHeadline(ARTICLE_TEXT_CHARS);
        }
        return DateParsing.writes(articleText, day);
    }

    /** The day written most often in the page text (the first written of equally frequent ones), or {@code null}. */
    LocalDate mostWritten() {
        Map<LocalDate, Integer> counts = new java.util.LinkedHashMap<>();
        for (LocalDate d : DateParsing.findAll(text(), MAX_PAGE_DATES)) {
            counts.merge(d, 1, Integer::sum);
        }
        LocalDate best = null;
        int bestCount = 0;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private String text() {
        if (text == null) {
            String t = body.text();
            text = t.length() > MAX_PAGE_TEXT ? t.substring(0, MAX_PAGE_TEXT) : t;
        }
        return text;
    }

    /** The first shown date from {@code from} on in document order, or {@code null}. */
    private LocalDate firstFrom(Element from) {
        int seen = 0;
        for (Element e = from; e != null && ++seen <= MAX_ELEMENTS; e = next(e)) {
            LocalDate d = shownDate(e);
            if (d != null && !inFurniture(e)) {
                return d;
            }
        }
        return null;
    }

    /** The element after {@code e} in document order (its first child, else the next one up), within the body. */
    private Element next(Element e) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element a = e; a != null && a != body; a = a.parent()) {
            Element sibling = a.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private LocalDate shownDate(Element e) {
        boolean time = e.normalName().equals("time");
        if (!time) {
            String ci = Boilerplate.classAndId(e);
            if (ci.isEmpty() || !dateNames.computeIfAbsent(ci, DATE_CLASS::foundIn)) {
                return null;
            }
        }
        LocalDate d = time && e.hasAttr("datetime") ? DateParsing.parseValue(e.attr("datetime")) : null;
        if (d == null) {
            String t = shortText(e, MAX_DATE_ELEMENT_CHARS);
            d = t == null ? null : DateParsing.parseShown(t);
        }
        return d;
    }

    /** Inside navigation, an aside, a footer or a furniture-named container that does not hold the headline. */
    private boolean inFurniture(Element e) {
        for (Element a = e; a != null && a != body; a = a.parent()) {
            if (a == e ? isFurnitureTag(a) : isFurniture(a)) {
                return true;
            }
        }
        return false;
    }

    private boolean isFurniture(Element e) {
        return isFurnitureTag(e) || !headlineAncestors.contains(e) && verdicts.furniture(e);
    }

    private boolean isFurnitureTag(Element e) {
        String tag = e.normalName();
        return (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) && !headlineAncestors.contains(e);
    }

    /**
     * The element's text with a space between text nodes (dates are often split over spans), or {@code null} when it
     * is longer than {@code max}; stops reading as soon as it is, so large containers cost little.
     */
    static String shortText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank()) {
                    sb.append(t.text().strip()).append(' ');
                }
                return sb.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return sb.length() > max ? null : sb.toString().strip();
    }
}
