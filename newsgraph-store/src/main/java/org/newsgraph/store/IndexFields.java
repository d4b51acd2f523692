/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The index's text fields and their analysers: German text is stemmed with Lucene's German analyser, English text with
 * its English one, so a query matches inflected forms in either language ("Gipfel" finds "Gipfels", "meet" finds
 * "meets").
 */
final class IndexFields {
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String SENTENCE = "sentence";
    static final String START = "start";
    static final String LANG = "lang";
    static final String OUTLET = "outlet";
    static final String OUTLET_NAME = "outlet_name";
    static final String DAY = "day";
    static final String ACTOR = "actor";
    /** The article's headline, stored (not searched) on sentence documents for display. */
    static final String HEADLINE = "headline";
    /**
     * Sort keys that order hits of equal score by article id and sentence, so that a search answers in the same order
     * whatever order the articles were indexed in (a resumed ingest indexes them in another). New names: an index
     * built before them keeps its fields' schema, and its documents simply lack the keys.
     */
    static final String ARTICLE_ORDER = "article_order";
    static final String SENTENCE_ORDER = "sentence_order";
    static final String[] LANGUAGES = {"de", "en"};

    private IndexFields() {}

    static String title(String lang) {
        return "title_" + lang;
    }

    static String text(String lang) {
        return "text_" + lang;
    }

    /** The index's language for an article language: German and English as themselves, anything else as English. */
    static String indexLanguage(String lang) {
        return "de".equals(lang) ? "de" : "en";
    }

    static Analyzer analyzer() {
        Analyzer de = new GermanAnalyzer();
        Analyzer en = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(title("de"), de, text("de"), de,
                title("en"), en, text("en"), en));
    }
}
