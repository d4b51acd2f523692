/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of articles and sentences. Each commit records the highest ingest sequence number it contains, so
 * that a store opened after a crash re-indexes exactly the articles the tables hold beyond it. Writes come from one
 * thread; searchers may be opened from any.
 */
final class LuceneIndex implements Closeable {
    static final String SEQ = "newsgraph.seq";
    /** Stored, tokenised, with offsets in the postings so that highlighting needs no re-analysis. */
    private static final FieldType TEXT = textType();

    private final FSDirectory dir;
    private final IndexWriter writer;

    LuceneIndex(Path path) throws IOException {
        dir = FSDirectory.open(path);
        IndexWriterConfig cfg = new IndexWriterConfig(IndexFields.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(dir, cfg);
    }

    private LuceneIndex(FSDirectory dir) {
        this.dir = dir;
        this.writer = null;
    }

    /**
     * The index as its last commit left it, for reading only: no write lock is taken, so it may be read while another
     * process writes it (readers see that process's commits when they reopen).
     */
    static LuceneIndex readOnly(Path path) throws IOException {
        FSDirectory d = FSDirectory.open(path);
        if (!DirectoryReader.indexExists(d)) {
            d.close();
            throw new IOException("no search index in " + path);
        }
        return new LuceneIndex(d);
    }

    /** The ingest sequence number of the last commit (0 for a new index). */
    long committedSeq() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (SEQ.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    /** Adds or replaces the article's document and its sentence documents. */
    void index(IndexedArticle a) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(articleDoc(a));
        for (int i = 0; i < a.sentences().size(); i++) {
            docs.add(sentenceDoc(a, i));
        }
        writer.updateDocuments(new Term(IndexFields.ARTICLE, a.id()), docs);
    }

    /** Makes everything indexed so far durable, recording {@code seq} as the commit's sequence number. */
    void commit(long seq) throws IOException {
        writer.setLiveCommitData(List.of(Map.entry(SEQ, Long.toString(seq))));
        writer.commit();
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** A near-real-time reader over everything indexed, committed or not (read-only: the last commit). */
    DirectoryReader openReader() throws IOException {
        return writer == null ? DirectoryReader.open(dir) : DirectoryReader.open(writer);
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer != null) {
                writer.rollback(); // uncommitted changes are dropped: the tables re-index them at the next open
            }
        } finally {
            dir.close();
        }
    }

    private static Document articleDoc(IndexedArticle a) {
        Document d = common(a, "article", a.actors());
        String lang = IndexFields.indexLanguage(a.language());
        if (a.title() != null) {
            d.add(new TextField(IndexFields.title(lang), a.title(), Field.Store.YES));
        }
        d.add(new Field(IndexFields.text(lang), a.text(), TEXT));
        return d;
    }

    private static Document sentenceDoc(IndexedArticle a, int i) {
        int[] span = a.sentences().get(i);
        Document d = common(a, "sentence", a.actorsBySentence().getOrDefault(i, Set.of()));
        d.add(new StoredField(IndexFields.SENTENCE, i));
        d.add(new NumericDocValuesField(IndexFields.SENTENCE_ORDER, i));
        d.add(new StoredField(IndexFields.START, span[0]));
        if (a.title() != null) {
            d.add(new StoredField(IndexFields.HEADLINE, a.title()));
        }
        d.add(new Field(IndexFields.text(IndexFields.indexLanguage(a.language())),
                a.text().substring(span[0], span[1]), TEXT));
        return d;
    }

    private static Document common(IndexedArticle a, String kind, Set<String> actors) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, kind, Field.Store.NO));
        d.add(new StringField(IndexFields.ARTICLE, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(IndexFields.ARTICLE_ORDER, new BytesRef(a.id())));
        d.add(new StringField(IndexFields.LANG, a.language() == null ? "und" : a.language(), Field.Store.YES));
        if (a.outlet() != null) {
            d.add(new StringField(IndexFields.OUTLET, a.outlet().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new StoredField(IndexFields.OUTLET_NAME, a.outlet()));
        }
        if (a.published() != null) {
            long day = a.published().toEpochDay();
            d.add(new LongPoint(IndexFields.DAY, day));
            d.add(new StoredField(IndexFields.DAY, day));
            d.add(new NumericDocValuesField(IndexFields.DAY, day));
        }
        for (String actor : actors) {
            d.add(new StringField(IndexFields.ACTOR, actor, Field.Store.NO));
        }
        return d;
    }

    private static FieldType textType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
