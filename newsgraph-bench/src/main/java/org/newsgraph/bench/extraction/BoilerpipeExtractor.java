/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import org.newsgraph.extract.HtmlDecoder;

/** The boilerpipe peer (Kohlschütter et al.), {@code ArticleExtractor}, fed the page decoded as Newsgraph decodes it. */
final class BoilerpipeExtractor implements Extractor {
    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public List<String> extract(Page page) throws BoilerpipeProcessingException {
        String html = HtmlDecoder.decode(page.html(), null).text();
        String text = ArticleExtractor.INSTANCE.getText(html);
        return text == null ? List.of() : List.of(text.split("\n"));
    }
}
