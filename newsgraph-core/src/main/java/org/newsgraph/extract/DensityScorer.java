/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds most running text by scoring its paragraphs (length and commas), passing the score
 * up to the parent, half to the grandparent and a third to the great-grandparent, weighting by class and id names,
 * and discounting link-heavy candidates; siblings with a good score join the winner. The idea is Arc90's
 * Readability; the weights are ours.
 */
final class DensityScorer {
    private static final Set<String> SCORABLE = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_CHILD = Set.of("p", "div", "section", "article", "table", "ul", "ol",
            "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "form", "header", "footer", "figure");
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private DensityScorer() {}

    /** The winning element and the siblings that join it, in document order; empty when nothing scores. */
    static List<Element> best(Element body, TextStats stats, ClassVerdicts verdicts) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!isScorable(e)) {
                continue;
            }
            TextStats.Stat st = stats.get(e);
            if (st.chars < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + st.commas + Math.min(st.chars / 100.0, 3);
            Element a = e.parent();
            for (int level = 0; level < 3 && a != null && a != body.parent(); level++, a = a.parent()) {
                double[] s = scores.computeIfAbsent(a, x -> new double[] {initial(x, verdicts)});
                s[0] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, double[]> en : scores.entrySet()) {
            double s = en.getValue()[0] * (1 - stats.get(en.getKey()).linkDensity());
            en.getValue()[0] = s;
            if (s > topScore) {
                topScore = s;
                top = en.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        return withSiblings(top, topScore, scores, stats);
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, double[]> scores,
            TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double[] s = scores.get(sib);
            TextStats.Stat st = stats.get(sib);
            boolean good = s != null && s[0] >= threshold;
            boolean paragraph = sib.normalName().equals("p") && st.chars > 80 && st.linkDensity() < 0.25;
            if (good || paragraph) {
                out.add(sib);
            }
        }
        return out;
    }

    private static boolean isScorable(Element e) {
        String tag = e.normalName();
        if (SCORABLE.contains(tag)) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section")) {
            return false;
        }
        for (Element c : e.children()) {
            if (BLOCK_CHILD.contains(c.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** The starting score of a candidate: its tag, and its class and id names. */
    private static double initial(Element e, ClassVerdicts verdicts) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (verdicts.body(e) || "articleBody".equals(e.attr("itemprop"))) {
            s += 25;
        } else if (verdicts.region(e)) {
            s += 10;
        } else if (verdicts.furniture(e)) {
            s -= 25;
        }
        return s;
    }
}
