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
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from a parsed page in place: elements that never hold article text (navigation, forms'
 * controls, media, asides, footers), hidden elements, and elements whose class or id names furniture
 * ({@link Boilerplate}). An element that holds a large share of the page's text is kept whatever its name says, so
 * that a wrapper called "has-comments" cannot take the article with it. Not thread-safe on one document.
 */
final class DomCleaner {
    private static final Set<String> DROP_TAGS = Set.of("nav", "aside", "footer", "noscript", "iframe", "object",
            "embed", "canvas", "video", "audio", "picture", "img", "button", "select", "input", "textarea", "label",
            "dialog", "template", "map", "source", "track", "math", "figcaption", "menu", "fieldset",
            "option", "datalist", "meter", "progress", "head", "link", "meta", "base");
    private static final Set<String> DROP_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "dialog", "alertdialog", "menu", "menubar", "search", "tablist", "toolbar", "alert");
    private static final Set<String> KEEP_TAGS = Set.of("html", "body", "main");
    /** An element with more than this share of the page's text is never removed by its name. */
    private static final double MAX_SHARE = 0.4;
    private static final int SHORT_HEADER_CHARS = 600;

    private DomCleaner() {}

    /** Cleans the body of the page; returns how many elements were removed. */
    static int clean(Element body) {
        int total = TextStats.chars(body);
        List<Element> remove = new ArrayList<>();
        collect(body, total, remove);
        for (Element e : remove) {
            e.remove();
        }
        return remove.size();
    }

    /** Pre-order walk that stops at removed elements, so nested furniture is judged once. */
    private static void collect(Element root, int total, List<Element> remove) {
        List<Element> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            if (e != root && shouldRemove(e, total)) {
                remove.add(e);
                continue;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                stack.add(e.child(i));
            }
        }
    }

    static boolean shouldRemove(Element e, int total) {
        String tag = e.normalName();
        if (KEEP_TAGS.contains(tag)) {
            return false;
        }
        if (DROP_TAGS.contains(tag)) {
            return true;
        }
        if (isHidden(e)) {
            return true;
        }
        String role = e.attributes().getIgnoreCase("role");
        if (!role.isEmpty() && DROP_ROLES.contains(role.toLowerCase(Locale.ROOT)) && !holdsMuch(e, total)) {
            return true;
        }
        if (tag.equals("header") || tag.equals("figure")) {
            return TextStats.chars(e) < SHORT_HEADER_CHARS;
        }
        String ci = Boilerplate.classAndId(e);
        return Boilerplate.isFurniture(ci) && !holdsMuch(e, total);
    }

    private static boolean holdsMuch(Element e, int total) {
        return total > 0 && TextStats.chars(e) > total * MAX_SHARE;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(e.attributes().getIgnoreCase("aria-hidden")) && e.childNodeSize() < 4) {
            return true;
        }
        String style = e.attributes().getIgnoreCase("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
