/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.newsgraph.error.BadInputException;

/**
 * Parses RSS 0.9x, 1.0, 2.0 and Atom with Rome into {@link ParsedFeed}. Document type declarations stay forbidden
 * (entity expansion attacks); a bare external DOCTYPE, as RSS 0.91 feeds carry, is removed before parsing. Relative
 * item links are resolved against the feed URL. Thread-safe (stateless).
 */
public final class FeedParser {
    /** A DOCTYPE without an internal subset: it can only point at an external DTD, which is never loaded. */
    private static final Pattern BARE_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*>", Pattern.CASE_INSENSITIVE);
    private static final int SUMMARY_CHARS = 2_000;

    /**
     * Parses a feed.
     *
     * @param name  the feed's URL or file, for messages and for resolving relative links
     * @param bytes the feed document
     * @throws BadInputException when the document is not a well-formed RSS or Atom feed
     */
    public ParsedFeed parse(String name, byte[] bytes) throws BadInputException {
        if (XmlSniffer.nestedDeeperThan(bytes, XmlSniffer.MAX_DEPTH)) {
            throw new BadInputException(name, "malformed feed: elements nested deeper than " + XmlSniffer.MAX_DEPTH
                    + " levels");
        }
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(withoutBareDoctype(bytes)), true)) {
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new BadInputException(name, "malformed feed: " + firstLine(e), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = link(name, e);
            if (link != null) {
                items.add(item(e, link));
            }
        }
        return new ParsedFeed(clean(feed.getTitle()), feed.getFeedType(), items);
    }

    /** True when the document's root element looks like a feed (RSS, RDF or Atom). */
    public static boolean looksLikeFeed(byte[] bytes) {
        String head = XmlSniffer.rootElement(bytes);
        return "rss".equals(head) || "rdf:rdf".equals(head) || "feed".equals(head) || head.endsWith(":rdf");
    }

    private static byte[] withoutBareDoctype(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = BARE_DOCTYPE.matcher(head);
        if (!m.find()) {
            return bytes;
        }
        byte[] out = new byte[bytes.length - (m.end() - m.start())];
        System.arraycopy(bytes, 0, out, 0, m.start());
        System.arraycopy(bytes, m.end(), out, m.start(), bytes.length - m.end());
        return out;
    }

    private static FeedItem item(SyndEntry e, String link) {
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().trim() : link;
        return new FeedItem(key, link, clean(e.getTitle()), date == null ? null : date.toInstant(), authors(e),
                summary(e));
    }

    /** The publisher's original link (FeedBurner's origLink) when given, else the entry's link. */
    private static String link(String base, SyndEntry e) {
        String link = null;
        for (Element el : e.getForeignMarkup()) {
            if ("origLink".equals(el.getName()) && !el.getTextTrim().isEmpty()) {
                link = el.getTextTrim();
            }
        }
        if (link == null) {
            link = e.getLink();
        }
        if (link == null && e.getUri() != null && e.getUri().startsWith("http")) {
            link = e.getUri();
        }
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI b = URI.create(base);
            return b.isAbsolute() ? b.resolve(link.trim()).toString() : link.trim();
        } catch (IllegalArgumentException notAUrl) {
            return link.trim();
        }
    }

    private static List<String> authors(SyndEntry e) {
        Set<String> out = new LinkedHashSet<>();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                out.add(p.getName().trim());
            }
        }
        if (out.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
            out.add(e.getAuthor().trim());
        }
        return List.copyOf(out);
    }

    private static String summary(SyndEntry e) {
        SyndContent d = e.getDescription();
        String html = d != null ? d.getValue() : null;
        if ((html == null || html.isBlank()) && !e.getContents().isEmpty()) {
            html = e.getContents().get(0).getValue();
        }
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = Jsoup.parse(html).text().trim();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim().replaceAll("\\s+", " ");
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).trim();
    }
}
