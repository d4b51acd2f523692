/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.error.BadInputException;

/**
 * Reads XML, text and gzipped sitemaps, sitemap indexes and Google News sitemaps with crawler-commons. Lenient about
 * where listed URLs live (news sitemaps often sit outside the article paths). Thread-safe (a parser per call).
 */
public final class SitemapReader {
    /**
     * A page listed in a sitemap, with what a news sitemap says about it.
     *
     * @param url         the page URL
     * @param published   the news publication date, or {@code null} (a plain lastmod is a modification, not this)
     * @param title       the news title, or {@code null}
     * @param publication the news publication name (the outlet), or {@code null}
     */
    public record Entry(String url, Instant published, String title, String publication) {}

    /**
     * A parsed sitemap: child sitemaps of an index, or the pages of a sitemap.
     *
     * @param sitemaps child sitemap URLs (an index), else empty
     * @param pages    listed pages (a sitemap), else empty
     */
    public record Sitemap(List<String> sitemaps, List<Entry> pages) {
        public Sitemap {
            sitemaps = List.copyOf(sitemaps);
            pages = List.copyOf(pages);
        }
    }

    /** Parses a sitemap fetched from (or named by) {@code url}. */
    public Sitemap parse(String url, byte[] bytes, String contentType) throws BadInputException {
        if (XmlSniffer.nestedDeeperThan(bytes, XmlSniffer.MAX_DEPTH)) {
            throw new BadInputException(url, "malformed sitemap: elements nested deeper than " + XmlSniffer.MAX_DEPTH
                    + " levels");
        }
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            URL base = toUrl(url);
            map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, bytes, base);
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new BadInputException(url, "malformed sitemap: " + e.getMessage());
        }
        if (map.isIndex()) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : ((SiteMapIndex) map).getSitemaps()) {
                children.add(child.getUrl().toString());
            }
            return new Sitemap(children, List.of());
        }
        List<Entry> pages = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            pages.add(entry(u));
        }
        return new Sitemap(List.of(), pages);
    }

    /** True when the document's root element is a sitemap or a sitemap index. */
    public static boolean looksLikeSitemap(byte[] bytes) {
        String root = XmlSniffer.rootElement(bytes);
        return root.equals("urlset") || root.equals("sitemapindex") || root.endsWith(":urlset")
                || root.endsWith(":sitemapindex");
    }

    private static Entry entry(SiteMapURL u) {
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata m : news) {
                if (m instanceof NewsAttributes n) {
                    Instant published = n.getPublicationDateTime() == null ? null
                            : n.getPublicationDateTime().toInstant();
                    return new Entry(u.getUrl().toString(), published, n.getTitle(), n.getName());
                }
            }
        }
        return new Entry(u.getUrl().toString(), null, null, null);
    }

    private static URL toUrl(String name) throws MalformedURLException {
        try {
            URI u = URI.create(name);
            return u.isAbsolute() ? u.toURL() : new URL("file:" + name);
        } catch (IllegalArgumentException e) {
            return new URL("file:" + name);
        }
    }
}
