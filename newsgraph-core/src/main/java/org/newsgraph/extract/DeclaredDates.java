/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.DateMethod;

/**
 * The days a page declares in machine-readable form, each with where it was found: a full day in the URL, the
 * publication day (JSON-LD {@code datePublished}/{@code dateCreated}, publication meta tags, {@code itemprop}
 * markup), a bare {@code date} meta tag (which pages fill with the publication or the last change alike) and the
 * modification day. Any of them may be {@code null}.
 */
record DeclaredDates(DateExtractor.Found url, DateExtractor.Found published, DateExtractor.Found generic,
        DateExtractor.Found modified) {
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "article:published",
            "og:article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
            "publish_date", "published_time", "published-date", "publication_date", "publication-date", "pubdate",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "sailthru.date",
            "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime", "date_published",
            "article_date_original", "originalpublicationdate", "dc.date.published", "content_create_date",
            "date.created", "creation_date", "article.created", "og:pubdate");
    /** Names that say "a date" without saying which one. */
    private static final List<String> GENERIC_META = List.of("date", "dc.date", "dcterms.date");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated",
            "modified_time", "updated_time", "dateupdated");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)(?:[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)|/([1-9]|1[0-2])/([1-9]|[12]\\d|3[01])/)");

    static DeclaredDates of(JsonLd ld, MetaTags meta, String url, Document doc) {
        DateExtractor.Found published = fromJsonLd(ld);
        if (published == null) {
            published = fromMeta(meta, PUBLISHED_META);
        }
        if (published == null) {
            published = fromItemprop(doc);
        }
        return new DeclaredDates(fromUrl(url), published, fromMeta(meta, GENERIC_META), modified(ld, meta));
    }

    /** True when one of the declared days lies within a day of {@code shown} (time zones shift days by one). */
    boolean confirms(LocalDate shown) {
        for (DateExtractor.Found f : all()) {
            if (f != null && Math.abs(f.day().toEpochDay() - shown.toEpochDay()) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The first declaration of exactly that day, or {@code null}. */
    DateExtractor.Found declaring(LocalDate day) {
        for (DateExtractor.Found f : all()) {
            if (f != null && f.day().equals(day)) {
                return f;
            }
        }
        return null;
    }

    private DateExtractor.Found[] all() {
        return new DateExtractor.Found[] {url, published, generic, modified};
    }

    static DateExtractor.Found fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            LocalDate d = m.group(2) != null ? DateParsing.day(m.group(1), m.group(2), m.group(3))
                    : DateParsing.day(m.group(1), m.group(4), m.group(5));
            if (d != null) {
                return new DateExtractor.Found(d, DateMethod.URL);
            }
        }
        return null;
    }

    private static DateExtractor.Found fromJsonLd(JsonLd ld) {
        LocalDate d = DateParsing.parseValue(ld.articleText("datePublished"));
        if (d == null) {
            d = DateParsing.parseValue(ld.articleText("dateCreated"));
        }
        if (d == null) {
            d = DateParsing.parseValue(JsonLd.text(ld.webPage(), "datePublished"));
        }
        return d == null ? null : new DateExtractor.Found(d, DateMethod.JSON_LD);
    }

    private static DateExtractor.Found fromMeta(MetaTags meta, List<String> names) {
        for (String k : names) {
            LocalDate d = DateParsing.parseValue(meta.first(k));
            if (d != null) {
                return new DateExtractor.Found(d, DateMethod.META);
            }
        }
        return null;
    }

    private static DateExtractor.Found fromItemprop(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated], time[pubdate]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            LocalDate d = DateParsing.parseValue(v);
            if (d != null) {
                return new DateExtractor.Found(d, DateMethod.META);
            }
        }
        return null;
    }

    private static DateExtractor.Found modified(JsonLd ld, MetaTags meta) {
        LocalDate d = DateParsing.parseValue(ld.articleText("dateModified"));
        if (d == null) {
            d = DateParsing.parseValue(JsonLd.text(ld.webPage(), "dateModified"));
        }
        if (d != null) {
            return new DateExtractor.Found(d, DateMethod.JSON_LD);
        }
        return fromMeta(meta, MODIFIED_META);
    }
}
