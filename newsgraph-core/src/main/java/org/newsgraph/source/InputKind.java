/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a command-line input is, told by its form, name and first bytes: a URL, a WARC file, a feed, a sitemap, an
 * OPML or plain list of URLs, a web page, a folder, or another document (text, JSON, JSONL) for the store's own
 * readers. Thread-safe (stateless).
 */
public enum InputKind {
    URL, WARC, FEED, SITEMAP, OPML, URL_LIST, PAGE, DIRECTORY, OTHER, MISSING;

    private static final int HEAD = 8192;

    /** True for the kinds {@link Collector} collects; the others are the store's file readers' business. */
    public boolean isSource() {
        return this != DIRECTORY && this != OTHER && this != MISSING;
    }

    /** The kind of a command-line argument (a URL or a path). */
    public static InputKind of(String input) {
        String lower = input.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return URL;
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            return DIRECTORY;
        }
        if (!Files.isRegularFile(p)) {
            return MISSING;
        }
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return WARC;
        }
        if (lower.endsWith(".xml.gz")) {
            return SITEMAP;
        }
        return ofContent(lower, head(p));
    }

    private static InputKind ofContent(String lowerName, byte[] head) {
        if (FeedParser.looksLikeFeed(head)) {
            return FEED;
        }
        if (SitemapReader.looksLikeSitemap(head)) {
            return SITEMAP;
        }
        if (FeedList.isOpml(head)) {
            return OPML;
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return PAGE;
        }
        if ((lowerName.endsWith(".txt") || lowerName.endsWith(".list")) && FeedList.isUrlList(head)) {
            return URL_LIST;
        }
        return OTHER;
    }

    private static byte[] head(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
