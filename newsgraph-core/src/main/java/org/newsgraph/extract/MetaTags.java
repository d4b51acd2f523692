/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page (OpenGraph, Dublin Core, Twitter, itemprop and plain names) keyed by their
 * lower-case {@code name}, {@code property}, {@code itemprop} or {@code http-equiv}, with the {@code <link>} relations
 * beside them. Values keep page order; empty values are left out.
 */
final class MetaTags {
    private final Map<String, List<String>> values = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();

    static MetaTags of(Document doc) {
        MetaTags m = new MetaTags();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.hasAttr("content") ? e.attr("content") : e.attr("value");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String key = e.attr(attr);
                if (!key.isEmpty()) {
                    for (String k : Names.tokens(key)) {
                        m.values.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>())
                                .add(content.strip());
                    }
                }
            }
        }
        for (Element e : doc.head().getElementsByTag("link")) {
            String rel = e.attr("rel").toLowerCase(Locale.ROOT);
            String href = e.attr("href");
            if (!rel.isEmpty() && !href.isBlank()) {
                m.links.putIfAbsent(rel, href.strip());
            }
        }
        return m;
    }

    /** The first value of the first key present, or {@code null}. */
    String first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    /** All values of a key in page order (empty when absent). */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** The {@code href} of the first {@code <link rel=...>} with that relation, or {@code null}. */
    String link(String rel) {
        return links.get(rel);
    }
}
