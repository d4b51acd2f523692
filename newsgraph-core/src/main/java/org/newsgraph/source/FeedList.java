/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads lists of feeds: OPML (every {@code outline} with an {@code xmlUrl}, at any depth) or plain text (one URL per
 * line, optionally followed by a title; blank lines and {@code #} comments ignored). Duplicates are dropped, first
 * one wins. Thread-safe (stateless).
 */
public final class FeedList {
    private FeedList() {}

    /** Reads an OPML or plain-text list of feeds. */
    public static List<FeedRef> read(Path file) throws BadInputException, InputIoException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputIoException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InputIoException(file.toString(), e);
        }
        return parse(file.toString(), bytes);
    }

    /** Parses an OPML or plain-text list of feeds; {@code name} names it in messages. */
    public static List<FeedRef> parse(String name, byte[] bytes) throws BadInputException {
        List<FeedRef> feeds = isOpml(bytes) ? opml(name, bytes) : plain(name, bytes);
        if (feeds.isEmpty()) {
            throw new BadInputException(name, "lists no feeds (expected OPML outlines with xmlUrl, or one URL per line)");
        }
        Map<String, FeedRef> unique = new LinkedHashMap<>();
        for (FeedRef f : feeds) {
            unique.putIfAbsent(f.url(), f);
        }
        return List.copyOf(unique.values());
    }

    public static boolean isOpml(byte[] bytes) {
        return "opml".equals(XmlSniffer.rootElement(bytes));
    }

    /** True when every non-blank, non-comment line starts with an http(s) URL and there is at least one. */
    public static boolean isUrlList(byte[] bytes) {
        int urls = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (!l.startsWith("http://") && !l.startsWith("https://")) {
                return false;
            }
            urls++;
        }
        return urls > 0;
    }

    private static List<FeedRef> plain(String name, byte[] bytes) throws BadInputException {
        List<FeedRef> out = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+", 2);
            if (!parts[0].startsWith("http://") && !parts[0].startsWith("https://")) {
                throw new BadInputException(name + ":" + (i + 1), "not an http(s) URL: " + parts[0]);
            }
            out.add(new FeedRef(parts[0], parts.length > 1 ? parts[1].strip() : null));
        }
        return out;
    }

    private static List<FeedRef> opml(String name, byte[] bytes) throws BadInputException {
        if (XmlSniffer.nestedDeeperThan(bytes, XmlSniffer.MAX_DEPTH)) {
            throw new BadInputException(name, "malformed OPML: elements nested deeper than " + XmlSniffer.MAX_DEPTH
                    + " levels");
        }
        NodeList outlines;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            outlines = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getElementsByTagName("outline");
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BadInputException(name, "malformed OPML: " + e.getMessage());
        }
        List<FeedRef> out = new ArrayList<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            Element o = (Element) outlines.item(i);
            String url = o.getAttribute("xmlUrl").strip();
            if (!url.isEmpty()) {
                String title = !o.getAttribute("title").isBlank() ? o.getAttribute("title") : o.getAttribute("text");
                out.add(new FeedRef(url, title.isBlank() ? null : title.strip()));
            }
        }
        return out;
    }
}
