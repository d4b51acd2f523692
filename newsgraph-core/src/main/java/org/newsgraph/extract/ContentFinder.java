/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses the elements that hold the article body, through a cascade whose stage is recorded: {@code selector} (an
 * element the page marks as the body: {@code itemprop=articleBody} or a body class name), {@code article} (the
 * richest {@code <article>}), {@code density} (paragraph scoring, see {@link DensityScorer}) and {@code page} (the
 * whole cleaned page). A marked element wins unless density scoring finds far more running text elsewhere.
 */
final class ContentFinder {
    /** The chosen elements and the stage that chose them. */
    record Choice(List<Element> roots, String stage) {}

    /** Marked or article elements with less running text than this are not trusted on their own. */
    static final int MIN_CHARS = 250;
    /** A marked container more specific than its marked ancestor is taken when it keeps this share of the text. */
    private static final double NESTED_SHARE = 0.7;
    private static final int SIBLING_MIN_CHARS = 150;
    private static final double SIBLING_MAX_LINK_DENSITY = 0.2;

    private ContentFinder() {}

    static Choice find(Element body, TextStats stats, ClassVerdicts verdicts) {
        List<Element> density = DensityScorer.best(body, stats, verdicts);
        int densityChars = plain(density, stats);
        List<Element> marked = marked(body, stats, verdicts, false);
        if (plain(marked, stats) < MIN_CHARS) {
            marked = marked(body, stats, verdicts, true);
        }
        if (plain(marked, stats) >= MIN_CHARS && plain(marked, stats) * 2 >= densityChars) {
            return new Choice(withProseSiblings(marked, stats), "selector");
        }
        Element article = richest(body.getElementsByTag("article"), stats);
        if (article != null && plain(List.of(article), stats) >= MIN_CHARS
                && plain(List.of(article), stats) * 2 >= densityChars) {
            return new Choice(List.of(article), "article");
        }
        if (densityChars >= MIN_CHARS / 2) {
            return new Choice(density, "density");
        }
        return new Choice(List.of(body), "page");
    }

    /**
     * The chosen elements plus the siblings of a single chosen element that hold paragraphs of unlinked prose: pages
     * often set a part of the text (an intro, a closing section) beside the element they name as the body. The
     * headline's block is not one of them: the lead finder reads it.
     */
    static List<Element> withProseSiblings(List<Element> roots, TextStats stats) {
        if (roots.size() != 1 || roots.get(0).parent() == null) {
            return roots;
        }
        Element root = roots.get(0);
        List<Element> out = new ArrayList<>();
        for (Element sib : root.parent().children()) {
            TextStats.Stat st = stats.get(sib);
            if (sib == root || st.paragraphs > 0 && st.chars - st.linkChars >= SIBLING_MIN_CHARS
                    && st.linkDensity() < SIBLING_MAX_LINK_DENSITY && !sib.normalName().equals("header")
                    && sib.getElementsByTag("h1").isEmpty()) {
                out.add(sib);
            }
        }
        return out;
    }

    /** Non-link characters of some elements. */
    static int plain(List<Element> roots, TextStats stats) {
        int n = 0;
        for (Element e : roots) {
            TextStats.Stat s = stats.get(e);
            n += s.chars - s.linkChars;
        }
        return n;
    }

    /**
     * The body the page marks: the richest marked element, narrowed to a marked descendant, plus its twins. With
     * {@code regions}, elements named like a region that holds the body ("main-content") count as marked too.
     */
    static List<Element> marked(Element body, TextStats stats, ClassVerdicts verdicts, boolean regions) {
        List<Element> all = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if ((isMarked(e, verdicts) || regions && verdicts.region(e)) && plain(List.of(e), stats) >= MIN_CHARS / 5) {
                all.add(e);
            }
        }
        Element best = richest(all, stats);
        if (best == null) {
            return List.of();
        }
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            int bestChars = plain(List.of(best), stats);
            for (Element e : all) {
                if (e != best && e.parents().contains(best) && plain(List.of(e), stats) >= bestChars * NESTED_SHARE) {
                    best = e;
                    narrowed = true;
                    break;
                }
            }
        }
        List<Element> out = new ArrayList<>();
        for (Element e : all) {
            if (e == best || isTwin(e, best, all)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Another top-level marked element of the same tag that shares a body class name with the best one, such as the
     * columns or paragraph wrappers of one story.
     */
    private static boolean isTwin(Element e, Element best, List<Element> all) {
        if (!e.normalName().equals(best.normalName()) || !sharesBodyClass(e, best)) {
            return false;
        }
        for (Element a : e.parents()) {
            if (a == best || all.contains(a)) {
                return false;
            }
        }
        return !best.parents().contains(e);
    }

    private static boolean sharesBodyClass(Element a, Element b) {
        if (a.className().equals(b.className())) {
            return true;
        }
        for (String c : a.classNames()) {
            if (b.hasClass(c) && Boilerplate.BODY_NAMES.foundIn(c.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean isMarked(Element e, ClassVerdicts verdicts) {
        String itemprop = e.attributes().getIgnoreCase("itemprop");
        return itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text") || verdicts.body(e);
    }

    static Element richest(List<Element> elements, TextStats stats) {
        Element best = null;
        int bestChars = 0;
        for (Element e : elements) {
            int c = plain(List.of(e), stats);
            if (c > bestChars) {
                bestChars = c;
                best = e;
            }
        }
        return best;
    }
}
