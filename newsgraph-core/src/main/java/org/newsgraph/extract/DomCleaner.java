/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from a parsed page in place: elements that never hold article text (navigation, forms'
 * controls, media, asides, footers), hidden elements, and elements whose class or id names furniture
 * ({@link Boilerplate}). A {@code <noscript>} that holds much of the page's text is the page itself, shown to
 * readers without scripts, and is kept. An element that holds a large share of the page's text is kept whatever its
 * name says, so that a wrapper called "has-comments" cannot take the article with it. Not thread-safe on one
 * document.
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
    private static final int SHORT_FIGURE_CHARS = 300;
    /** A header or teaser with more links than this share of its text is navigation or a teaser list. */
    private static final double LINKISH_MAX_LINK_DENSITY = 0.3;
    private static final int MIN_LEAD_CHARS = 30;

    /** An element named like weak furniture ("teaser", "meta") goes only when shorter than this or link-heavy. */
    private static final int WEAK_MAX_CHARS = 400;
    private static final double WEAK_MAX_LINK_DENSITY = 0.5;
    /** Marked body elements with less running text than this do not protect their ancestors. */
    private static final int PROTECT_MIN_CHARS = 200;

    private static final Set<String> METADATA_PROPS = Set.of("datepublished", "datemodified", "datecreated",
            "keywords", "mainentityofpage", "headline", "url", "image", "thumbnailurl", "width", "height",
            "wordcount", "inlanguage", "publisher", "logo", "alternativeheadline", "articlesection", "identifier");
    private static final int MAX_METADATA_CHARS = 300;

    private DomCleaner() {}

    /**
     * Furniture never contains the article: the elements that the page marks as its body ({@link ContentFinder}),
     * the richest {@code <article>} and {@code <main>}, and all their ancestors are exempt from removal by name.
     */
    private static void protect(Element body, TextStats stats, ClassVerdicts verdicts, Set<Element> kept) {
        Element richestArticle = null;
        Element richestMain = null;
        for (Element e : body.getAllElements()) {
            TextStats.Stat st = stats.get(e);
            int plain = st.chars - st.linkChars;
            if (plain >= PROTECT_MIN_CHARS && ContentFinder.isMarked(e, verdicts)) {
                keepWithAncestors(e, kept);
            }
            String tag = e.normalName();
            if (tag.equals("article") && (richestArticle == null || plain > plainOf(richestArticle, stats))) {
                richestArticle = e;
            } else if (tag.equals("main") && (richestMain == null || plain > plainOf(richestMain, stats))) {
                richestMain = e;
            }
        }
        for (Element e : new Element[] {richestArticle, richestMain}) {
            if (e != null && plainOf(e, stats) >= PROTECT_MIN_CHARS) {
                keepWithAncestors(e, kept);
            }
        }
    }

    private static int plainOf(Element e, TextStats stats) {
        TextStats.Stat st = stats.get(e);
        return st.chars - st.linkChars;
    }

    private static void keepWithAncestors(Element e, Set<Element> kept) {
        Element a = e;
        while (a != null && kept.add(a)) {
            a = a.parent();
        }
    }

    /**
     * Cleans the body of the page; returns the removed elements (detached, in the order found). {@code stats} are the
     * counts of the body before cleaning; they are kept right as elements go.
     */
    static List<Element> clean(Element body, ClassVerdicts verdicts, TextStats stats) {
        List<Element> remove = new ArrayList<>();
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        protect(body, stats, verdicts, kept);
        collect(body, new Judge(stats, stats.get(body).chars, verdicts, kept), remove);
        for (Element e : remove) {
            Element parent = e.parent();
            e.remove();
            stats.subtract(e, parent);
        }
        return remove;
    }

    /**
     * Cleans by tags, roles, hidden state and metadata only, with {@code <aside>} kept: the second attempt on a page
     * whose class names misled {@link #clean}. {@code stats} are kept right as elements go.
     */
    static void cleanByTags(Element body, TextStats stats) {
        List<Element> remove = new ArrayList<>();
        Judge judge = new Judge(stats, stats.get(body).chars, null, Collections.emptySet());
        collect(body, judge, remove);
        for (Element e : remove) {
            Element parent = e.parent();
            e.remove();
            stats.subtract(e, parent);
        }
    }

    /** Pre-order walk that stops at removed elements, so nested furniture is judged once. */
    private static void collect(Element root, Judge judge, List<Element> remove) {
        List<Element> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            if (e != root && judge.shouldRemove(e)) {
                remove.add(e);
                continue;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                stack.add(e.child(i));
            }
        }
    }

    /**
     * The verdict on one element, from the page's text counts taken before anything was removed; without
     * {@code verdicts}, names are not read and asides are kept.
     */
    private record Judge(TextStats stats, int total, ClassVerdicts verdicts, Set<Element> kept) {
        boolean shouldRemove(Element e) {
            String tag = e.normalName();
            if (KEEP_TAGS.contains(tag)) {
                return false;
            }
            if (kept.contains(e)) {
                return dropsByTag(e, tag);
            }
            if (dropsByTag(e, tag) || isHidden(e) || isMetadata(e, stats)) {
                return true;
            }
            String role = e.attributes().getIgnoreCase("role");
            if (!role.isEmpty() && DROP_ROLES.contains(role.toLowerCase(Locale.ROOT)) && !holdsMuch(e)) {
                return true;
            }
            if (verdicts == null) {
                return tag.equals("figure") && stats.get(e).chars < SHORT_FIGURE_CHARS;
            }
            if (tag.equals("header") || verdicts.linkishFurniture(e)) {
                TextStats.Stat st = stats.get(e);
                return st.linkDensity() > LINKISH_MAX_LINK_DENSITY || st.chars - st.linkChars < MIN_LEAD_CHARS;
            }
            if (tag.equals("figure")) {
                return stats.get(e).chars < SHORT_FIGURE_CHARS;
            }
            if (verdicts.weakFurniture(e)) {
                TextStats.Stat st = stats.get(e);
                return st.chars < WEAK_MAX_CHARS || st.linkDensity() > WEAK_MAX_LINK_DENSITY;
            }
            return verdicts.furniture(e) && !holdsMuch(e);
        }

        private boolean dropsByTag(Element e, String tag) {
            return DROP_TAGS.contains(tag) && !(tag.equals("noscript") && holdsMuch(e))
                    && !(verdicts == null && tag.equals("aside"));
        }

        private boolean holdsMuch(Element e) {
            return total > 0 && stats.get(e).chars > total * MAX_SHARE;
        }
    }

    /** Microdata that repeats the page's metadata (dates, keywords, URLs) is not article text. */
    static boolean isMetadata(Element e, TextStats stats) {
        String prop = e.attributes().getIgnoreCase("itemprop");
        return !prop.isEmpty() && METADATA_PROPS.contains(prop.toLowerCase(Locale.ROOT))
                && stats.get(e).chars < MAX_METADATA_CHARS;
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
