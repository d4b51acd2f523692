/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.HtmlArticleReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.RawDocument;

/** Newsgraph's own extraction: the lead and body paragraphs of {@link HtmlArticleReader} (not the headline). */
public final class NewsgraphExtractor implements Extractor {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Override
    public String name() {
        return "newsgraph";
    }

    @Override
    public List<String> extract(Page page) throws BadInputException {
        return paragraphs(article(page));
    }

    /** The full article, for the date benchmark and for inspection. */
    public Article article(Page page) throws BadInputException {
        return reader.read(new RawDocument(page.id(), page.html(), page.url(), null, null, Map.of(), "bench"));
    }

    static List<String> paragraphs(Article a) {
        List<String> out = new ArrayList<>();
        if (a.lead() != null) {
            out.add(a.lead());
        }
        for (Paragraph p : a.body()) {
            out.add(p.text());
        }
        return out;
    }
}
