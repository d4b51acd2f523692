/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the lead (standfirst) that many pages set between the headline and the body, outside the body element: the
 * last element before the body, and after the headline, that is named like a lead ("lead", "intro", "vorspann",
 * "standfirst", "teaser-text", ...) or repeats the page's description, with sentence-like, unlinked text.
 */
final class LeadFinder {
    private static final Pattern LEAD_NAMES = Pattern.compile(
            "lead|intro|vorspann|teaser-?text|teasertext|standfirst|(?:^|[_-])dek(?:$|[_-])|excerpt|summary|"
            + "abstract|subtitle|sub-?headline|subheading|article-teaser|(?:^|[_-])deck(?:$|[_-])|strapline|"
            + "einleitung|kurztext|documentdescription|description|header__text|teaser");
    private static final int MIN_CHARS = 40;
    private static final int MAX_CHARS = 1200;
    private static final double MAX_LINK_DENSITY = 0.2;

    private LeadFinder() {}

    /** The lead's text, or {@code null} when the page sets none apart from the body. */
    static String find(Element body, List<Element> roots, TextStats stats, String description) {
        if (roots.isEmpty() || roots.get(0) == body) {
            return null;
        }
        Element first = roots.get(0);
        String desc = description == null ? null : BodyAssembler.norm(description);
        boolean afterHeadline = body.getElementsByTag("h1").isEmpty();
        String lead = null;
        for (Element e : body.getAllElements()) {
            if (e == first) {
                break;
            }
            String tag = e.normalName();
            if (tag.equals("h1")) {
                afterHeadline = true;
                lead = null;
                continue;
            }
            if (!afterHeadline || isAncestorOf(e, first)) {
                continue;
            }
            TextStats.Stat st = stats.get(e);
            if (st.chars < MIN_CHARS || st.chars > MAX_CHARS || st.linkDensity() > MAX_LINK_DENSITY) {
                continue;
            }
            String ci = Boilerplate.classAndId(e);
            boolean named = !ci.isEmpty() && LEAD_NAMES.matcher(ci).find();
            String text = e.text().strip();
            boolean isDescription = desc != null && desc.length() >= MIN_CHARS
                    && BodyAssembler.norm(text).startsWith(desc.endsWith("…") || desc.endsWith("...")
                            ? desc.substring(0, Math.max(0, desc.length() - 3)) : desc);
            if ((named || isDescription) && looksLikeProse(text)) {
                lead = text;
            }
        }
        return lead;
    }

    private static boolean isAncestorOf(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /** At least a few words and not shouting: a lead is written in sentences. */
    private static boolean looksLikeProse(String text) {
        int words = KickerSplitter.words(text);
        return words >= 6 && !text.equals(text.toUpperCase(Locale.ROOT));
    }
}
