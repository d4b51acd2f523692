/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article's metadata from JSON-LD, OpenGraph, Dublin Core, common meta tags and the headline markup, each
 * field from the most specific source that has it. Runs on the page before furniture is removed (the headline and
 * byline often live in a header). Stateless.
 */
final class MetadataExtractor {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•:»-]\\s+");
    private static final Pattern BY = Pattern.compile("^(?:by|von|from|text|autor(?:in)?|author)[:\\s]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\s(?:and|und|&)\\s)\\s*");
    private static final Pattern KICKER_CLASS = Pattern.compile(
            "kicker|overline|eyebrow|dachzeile|topline|roofline|spitzmarke|superline|pretitle|pre-title|"
            + "headline-intro|headline__kicker|title-kicker|supertitle|ueberschrift-klein");
    private static final int MAX_KICKER_WORDS = 8;
    private static final int MAX_AUTHOR_CHARS = 60;
    private static final int MAX_BYLINE_CHARS = 100;
    private static final Pattern BYLINE_CLASS = Pattern.compile("byline|author|autor|verfasser");

    private MetadataExtractor() {}

    static PageMetadata read(Document doc, MetaTags meta, JsonLd ld) {
        Element h1 = headline(doc);
        String kicker = kicker(h1);
        String title = title(doc, meta, ld, h1, kicker);
        String outlet = firstNonBlank(meta.first("og:site_name", "application-name", "al:ios:app_name",
                "twitter:app:name:iphone"), publisherName(ld));
        String canonical = firstNonBlank(meta.link("canonical"), meta.first("og:url"), ld.articleText("url"));
        String language = language(doc, meta, ld);
        String description = firstNonBlank(meta.first("description", "og:description", "twitter:description"),
                ld.articleText("description"));
        boolean paywalled = ld.paywalled()
                || "locked".equalsIgnoreCase(meta.first("article:content_tier"));
        return new PageMetadata(title, kicker, outlet, canonical, language, authors(doc, meta, ld), description,
                ld.articleText("articleBody"), paywalled);
    }

    /** The first {@code <h1>} with text; pages with several headlines put the article's first. */
    private static Element headline(Document doc) {
        for (Element h : doc.body() == null ? List.<Element>of() : doc.body().getElementsByTag("h1")) {
            if (!h.text().isBlank()) {
                return h;
            }
        }
        return null;
    }

    /** A short labelled line inside or just before the headline. */
    private static String kicker(Element h1) {
        if (h1 == null) {
            return null;
        }
        for (Element e : h1.getAllElements()) {
            if (e != h1 && KICKER_CLASS.matcher(Boilerplate.classAndId(e)).find()) {
                return shortLine(e.text());
            }
        }
        Element prev = h1.previousElementSibling();
        if (prev != null && KICKER_CLASS.matcher(Boilerplate.classAndId(prev)).find()) {
            return shortLine(prev.text());
        }
        Element parent = h1.parent();
        if (parent != null && parent.childrenSize() <= 6) {
            for (Element e : parent.children()) {
                if (e != h1 && KICKER_CLASS.matcher(Boilerplate.classAndId(e)).find()) {
                    return shortLine(e.text());
                }
            }
        }
        return null;
    }

    private static String shortLine(String s) {
        String t = s.strip();
        return t.isEmpty() || KickerSplitter.words(t) > MAX_KICKER_WORDS ? null : t;
    }

    /** The headline: the {@code <h1>} (less its kicker), else JSON-LD, OpenGraph or the title tag less the site. */
    private static String title(Document doc, MetaTags meta, JsonLd ld, Element h1, String kicker) {
        if (h1 != null) {
            String t = h1.text().strip();
            if (kicker != null && t.startsWith(kicker)) {
                t = t.substring(kicker.length()).replaceFirst("^[\\s:|–-]+", "").strip();
            }
            if (!t.isEmpty()) {
                return t;
            }
        }
        String t = firstNonBlank(ld.articleText("headline"), meta.first("og:title", "twitter:title", "dc.title"));
        if (t != null) {
            return t;
        }
        String tag = doc.title().strip();
        if (tag.isEmpty()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(tag);
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return longest.strip();
    }

    private static String publisherName(JsonLd ld) {
        return ld.article() == null ? null : JsonLd.text(ld.article(), "publisher");
    }

    /** The declared language as a lower-case primary code. */
    private static String language(Document doc, MetaTags meta, JsonLd ld) {
        String l = firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta.first("content-language", "language", "dc.language", "og:locale"), ld.articleText("inLanguage"));
        if (l == null) {
            return null;
        }
        String c = l.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        c = dash > 0 ? c.substring(0, dash) : c;
        return c.length() >= 2 && c.length() <= 3 && c.chars().allMatch(Character::isLetter) ? c : null;
    }

    /** Authors from JSON-LD, else meta tags, else byline markup; split, cleaned and de-duplicated. */
    private static List<String> authors(Document doc, MetaTags meta, JsonLd ld) {
        List<String> raw = new ArrayList<>(ld.authors());
        if (raw.isEmpty()) {
            for (String k : new String[] {"author", "article:author", "dc.creator", "dcterms.creator",
                "sailthru.author", "parsely-author", "byl"}) {
                for (String v : meta.all(k)) {
                    if (!v.contains("://") && !v.startsWith("/")) {
                        raw.add(v);
                    }
                }
                if (!raw.isEmpty()) {
                    break;
                }
            }
        }
        if (raw.isEmpty() && doc.body() != null) {
            for (Element e : doc.body().select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
                raw.add(e.text());
                if (raw.size() >= 5) {
                    break;
                }
            }
        }
        if (raw.isEmpty() && doc.body() != null) {
            raw.addAll(bylines(doc.body()));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String s = BY.matcher(r.strip()).replaceFirst("");
            for (String name : AUTHOR_SPLIT.split(s)) {
                String n = name.strip();
                if (!n.isEmpty() && n.length() <= MAX_AUTHOR_CHARS && n.chars().anyMatch(Character::isLetter)
                        && n.chars().noneMatch(Character::isDigit)
                        && !n.contains("://")) {
                    out.add(n);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Short elements named like a byline whose text starts "By"/"Von": the page's visible byline. */
    private static List<String> bylines(Element body) {
        List<String> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String ci = Boilerplate.classAndId(e);
            if (ci.isEmpty() || !BYLINE_CLASS.matcher(ci).find()) {
                continue;
            }
            String t = e.text().strip();
            if (t.length() <= MAX_BYLINE_CHARS && BY.matcher(t).find()) {
                out.add(t);
                break;
            }
        }
        return out;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
