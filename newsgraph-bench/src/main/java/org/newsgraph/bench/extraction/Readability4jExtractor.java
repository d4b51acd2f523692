/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.newsgraph.extract.HtmlDecoder;

/** The Readability4J peer (a Kotlin port of Mozilla's Readability.js), fed the page decoded as Newsgraph decodes it. */
final class Readability4jExtractor implements Extractor {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public List<String> extract(Page page) {
        String html = HtmlDecoder.decode(page.html(), null).text();
        Article a = new Readability4J(page.url() == null ? "" : page.url(), html).parse();
        String text = a.getTextContent();
        return text == null || text.isBlank() ? List.of() : List.of(text.strip());
    }
}
