/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.DateMethod;

/**
 * Finds the publication day of a page through a cascade, recording which stage found it: JSON-LD
 * ({@code datePublished}), meta tags and {@code itemprop} markup, the URL, then the page text (time elements, date
 * and byline elements, the first date near the headline). A page without one stays undateable: the fetch date is
 * never used. Stateless.
 */
final class DateExtractor {
    /** A day and where it was found. */
    record Found(LocalDate day, DateMethod method) {
        static final Found NONE = new Found(null, DateMethod.NONE);
    }

    private static final List<String> PUBLISHED_META = List.of("article:published_time", "article:published",
            "og:article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
            "publish_date", "published_time", "published-date", "publication_date", "publication-date", "pubdate",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
            "date", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
            "date_published", "article_date_original", "originalpublicationdate", "dc.date.published",
            "content_create_date", "date.created", "creation_date", "article.created", "og:pubdate");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated",
            "modified_time", "updated_time", "dateupdated");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)(?:[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)|/([1-9]|1[0-2])/([1-9]|[12]\\d|3[01])/)");
    private static final int MAX_PAGE_TEXT = 200_000;
    private static final int MAX_PAGE_DATES = 200;
    private static final Pattern DATE_CLASS = Pattern.compile(
            "date|datum|time|publish|posted|byline|dateline|meta|info|zeit|stand|veroeffentlicht|entry-header|"
            + "created|erstellt|submitted|author|autor|calendar|kalender|day");
    private static final int MAX_DATE_ELEMENT_CHARS = 160;
    private static final int MAX_ELEMENTS = 400;

    private DateExtractor() {}

    /** A full day in the URL path is the most reliable sign (measured: no error on the htmldate set), so it goes first. */
    static Found published(JsonLd ld, MetaTags meta, String url, Document doc) {
        Found f = fromUrl(url);
        if (f == null) {
            f = fromJsonLd(ld);
        }
        if (f == null) {
            f = fromMeta(meta, doc);
        }
        if (f == null) {
            f = fromText(doc);
        }
        if (f == null) {
            f = fromPageText(doc);
        }
        return f == null ? Found.NONE : f;
    }

    /** The day written most often in the page's text (the earliest written of equally frequent ones). */
    static Found fromPageText(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        String text = doc.body().text();
        if (text.length() > MAX_PAGE_TEXT) {
            text = text.substring(0, MAX_PAGE_TEXT);
        }
        java.util.Map<LocalDate, Integer> counts = new java.util.LinkedHashMap<>();
        for (LocalDate d : DateParsing.findAll(text, MAX_PAGE_DATES)) {
            counts.merge(d, 1, Integer::sum);
        }
        LocalDate best = null;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best == null ? null : new Found(best, DateMethod.TEXT);
    }

    /** The last-modification day when the page declares one, or {@code null}. */
    static LocalDate modified(JsonLd ld, MetaTags meta) {
        LocalDate d = DateParsing.parseValue(ld.articleText("dateModified"));
        if (d == null) {
            d = DateParsing.parseValue(JsonLd.text(ld.webPage(), "dateModified"));
        }
        for (int i = 0; d == null && i < MODIFIED_META.size(); i++) {
            d = DateParsing.parseValue(meta.first(MODIFIED_META.get(i)));
        }
        return d;
    }

    static Found fromJsonLd(JsonLd ld) {
        LocalDate d = DateParsing.parseValue(ld.articleText("datePublished"));
        if (d == null) {
            d = DateParsing.parseValue(ld.articleText("dateCreated"));
        }
        if (d == null) {
            d = DateParsing.parseValue(JsonLd.text(ld.webPage(), "datePublished"));
        }
        return d == null ? null : new Found(d, DateMethod.JSON_LD);
    }

    static Found fromMeta(MetaTags meta, Document doc) {
        for (String k : PUBLISHED_META) {
            LocalDate d = DateParsing.parseValue(meta.first(k));
            if (d != null) {
                return new Found(d, DateMethod.META);
            }
        }
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated], time[pubdate]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            LocalDate d = DateParsing.parseValue(v);
            if (d != null) {
                return new Found(d, DateMethod.META);
            }
        }
        return null;
    }

    static Found fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            LocalDate d = m.group(2) != null ? DateParsing.day(m.group(1), m.group(2), m.group(3))
                    : DateParsing.day(m.group(1), m.group(4), m.group(5));
            if (d != null) {
                return new Found(d, DateMethod.URL);
            }
        }
        return null;
    }

    /** Time elements, then short elements whose class or id speaks of dates or bylines. */
    static Found fromText(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element t : body.getElementsByTag("time")) {
            LocalDate d = DateParsing.parseValue(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
            if (d != null) {
                return new Found(d, DateMethod.TEXT);
            }
        }
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (++seen > 20_000) {
                break;
            }
            String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (cls.isBlank() || !DATE_CLASS.matcher(cls).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() <= MAX_DATE_ELEMENT_CHARS) {
                LocalDate d = DateParsing.parseText(text);
                if (d != null) {
                    return new Found(d, DateMethod.TEXT);
                }
            }
            if (seen > MAX_ELEMENTS * 50) {
                break;
            }
        }
        return null;
    }
}
