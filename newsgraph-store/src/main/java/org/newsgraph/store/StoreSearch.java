/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsgraph.error.BadInputException;

/**
 * Full-text search over a store's articles or sentences, with highlighted snippets. Holds one point-in-time reader;
 * close it when done. Thread-safe.
 */
public final class StoreSearch implements Closeable {
    /** Best score first; equal scores by article id and sentence ({@link IndexFields#ARTICLE_ORDER}). */
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.ARTICLE_ORDER, SortField.Type.STRING),
            new SortField(IndexFields.SENTENCE_ORDER, SortField.Type.INT));
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = IndexFields.analyzer();
    private final Map<String, UnifiedHighlighter> highlighters = new ConcurrentHashMap<>();

    StoreSearch(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Runs a search; {@code pre} and {@code post} mark the matching words in snippets. */
    public List<SearchHit> search(SearchRequest r, String pre, String post) throws BadInputException, IOException {
        Query query = query(r);
        TopDocs top = searcher.search(query, Math.max(1, r.limit()), ORDER, true);
        UnifiedHighlighter hl = highlighters.computeIfAbsent(pre + "\u0000" + post, k -> UnifiedHighlighter
                .builder(searcher, analyzer).withFormatter(new DefaultPassageFormatter(pre, post, " … ", false))
                .withMaxLength(100_000).build());
        Map<String, String[]> snippets = new java.util.HashMap<>();
        for (String lang : IndexFields.LANGUAGES) {
            snippets.put(lang, hl.highlight(IndexFields.text(lang), query, top, 2));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = searcher.storedFields().document(sd.doc);
            String lang = d.get(IndexFields.LANG);
            String snippet = snippets.get(IndexFields.indexLanguage(lang))[i];
            IndexableField day = d.getField(IndexFields.DAY);
            IndexableField sentence = d.getField(IndexFields.SENTENCE);
            String title = sentence == null ? d.get(IndexFields.title(IndexFields.indexLanguage(lang)))
                    : d.get(IndexFields.HEADLINE);
            hits.add(new SearchHit(d.get(IndexFields.ARTICLE), sentence == null ? -1 : sentence.numericValue()
                    .intValue(), sd.score, lang, d.get(IndexFields.OUTLET_NAME),
                    day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()), title,
                    snippet == null ? "" : snippet.replaceAll("\\s+", " ").strip()));
        }
        return hits;
    }

    /** How many articles (or sentences) match, all of them, not only the best. */
    public int count(SearchRequest r) throws BadInputException, IOException {
        return searcher.count(query(r));
    }

    /** The number of articles and sentences the index holds. */
    public int documents() {
        return reader.numDocs();
    }

    Query query(SearchRequest r) throws BadInputException {
        List<String> fields = new ArrayList<>();
        for (String lang : IndexFields.LANGUAGES) {
            fields.add(IndexFields.text(lang));
            if (!r.sentences()) {
                fields.add(IndexFields.title(lang));
            }
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        try {
            b.add(parser.parse(r.query()), BooleanClause.Occur.MUST);
        } catch (ParseException e) {
            String why = e.getMessage().lines().findFirst().orElse("").replaceFirst("^Cannot parse '.*?': ", "");
            throw new BadInputException("query \"" + r.query() + "\"", "not valid search syntax (check quotation "
                    + "marks, brackets and AND, OR, NOT): " + why);
        }
        filter(b, IndexFields.KIND, r.sentences() ? "sentence" : "article");
        filter(b, IndexFields.ACTOR, r.actor());
        filter(b, IndexFields.OUTLET, r.outlet() == null ? null : r.outlet().strip().toLowerCase(Locale.ROOT));
        filter(b, IndexFields.LANG, r.language());
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(IndexFields.DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
