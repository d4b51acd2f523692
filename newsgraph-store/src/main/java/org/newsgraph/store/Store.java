/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An embedded Newsgraph store in one folder: DuckDB tables ({@code newsgraph.duckdb}) and a Lucene index
 * ({@code index/}). The tables are the record of truth, written in one transaction per batch; the index follows them
 * and records in each commit how far it got, so opening a store after a crash (even {@code kill -9}) re-indexes what
 * the index missed and recomputes stale derived tables: nothing is lost, nothing doubled. One writer at a time;
 * methods are synchronised so a store may be shared between threads.
 */
public final class Store implements AutoCloseable {
    public static final String DB_FILE = "newsgraph.duckdb";
    public static final String INDEX_DIR = "index";
    /** The index is committed at most this often during ingest (and always at close). */
    static final long INDEX_COMMIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Path dir;
    private final Connection db;
    private final LuceneIndex index;
    /** The writer's statements, prepared once per store ({@link #write}). */
    private final InsertStatements inserts;
    private long seq;
    private long indexCommitted;
    private long lastIndexCommit = System.nanoTime();
    private Set<String> known;

    private Store(Path dir, Connection db, LuceneIndex index) {
        this.dir = dir;
        this.db = db;
        this.index = index;
        this.inserts = new InsertStatements(db);
    }

    /** Opens the store in {@code dir}, creating it when the folder is missing or empty. */
    public static Store open(Path dir) throws StoreException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(dir.toString(), "cannot create the store folder", e);
        }
        return openExisting(dir, true);
    }

    /** Opens an existing store; fails with a one-line message when {@code dir} holds none. */
    public static Store openExisting(Path dir) throws StoreException {
        if (!Files.isRegularFile(dir.resolve(DB_FILE))) {
            throw new StoreException(dir.toString(), Files.isDirectory(dir)
                    ? "not a Newsgraph store (no " + DB_FILE + "); run 'newsgraph ingest --store " + dir + "' first"
                    : "no such store folder", null);
        }
        return openExisting(dir, false);
    }

    private static Store openExisting(Path dir, boolean create) throws StoreException {
        Connection db = StoreFiles.connect(dir);
        LuceneIndex index = null;
        try {
            Schema.create(db, create, dir.toString());
            index = StoreFiles.openIndex(dir.resolve(INDEX_DIR));
            Store s = new Store(dir, db, index);
            s.reconcile();
            return s;
        } catch (StoreException e) {
            StoreFiles.closeQuietly(db, index);
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            StoreFiles.closeQuietly(db, index);
            throw new StoreException(dir.toString(), "the store is damaged and cannot be opened", e);
        }
    }

    /** Brings the index up to the tables: re-indexes what the last index commit missed. */
    private void reconcile() throws SQLException, IOException {
        seq = queryLong("SELECT coalesce(max(seq), 0) FROM ingest_log");
        long indexed = index.committedSeq();
        if (indexed > seq) { // the index holds what the tables do not: rebuild it from the tables
            index.deleteAll();
            indexed = 0;
        }
        if (indexed < seq) {
            Reindexer.reindex(db, index, indexed, seq);
            index.commit(seq);
        }
        indexCommitted = seq;
        loadKnownIds();
    }

    public Path dir() {
        return dir;
    }

    /** True when an article with this id is stored. Cheap and not blocked by a running write. */
    public boolean contains(String id) {
        return known.contains(id);
    }

    /** Loads the stored ids once, at open: ingest asks for every document whether it is known. */
    private void loadKnownIds() throws SQLException {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        known = ids;
    }

    /**
     * Stores a batch of analysed articles in one transaction, then indexes them; articles already stored (same id)
     * are skipped. Returns the number stored.
     */
    public synchronized int write(List<PendingArticle> batch) throws StoreException {
        Set<String> ids = known;
        List<PendingArticle> fresh = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (PendingArticle p : batch) {
            String id = p.analysis().article().id();
            if (!ids.contains(id) && inBatch.add(id)) {
                fresh.add(p);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        AnalysisRows rows = new AnalysisRows();
        long next = seq;
        for (PendingArticle p : fresh) {
            rows.add(p.analysis(), p.input(), ++next);
        }
        try {
            db.setAutoCommit(false);
            rows.flush(inserts);
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot write to the store's tables", e);
        } finally {
            autoCommitQuietly();
        }
        seq = next;
        ids.addAll(inBatch);
        try {
            for (PendingArticle p : fresh) {
                index.index(IndexedArticles.of(p.analysis()));
            }
            if (System.nanoTime() - lastIndexCommit > INDEX_COMMIT_NANOS) {
                commitIndex();
            }
        } catch (IOException e) {
            throw failure("cannot write the search index", e);
        }
        return fresh.size();
    }

    /** Makes the index durable up to the last stored article. */
    public synchronized void commitIndex() throws StoreException {
        if (indexCommitted == seq) {
            return;
        }
        try {
            index.commit(seq);
        } catch (IOException e) {
            throw failure("cannot commit the search index", e);
        }
        indexCommitted = seq;
        lastIndexCommit = System.nanoTime();
    }

    /** True when the derived tables (syndication, actors, clusters) do not yet reflect every stored article. */
    public synchronized boolean derivedStale() throws StoreException {
        try {
            return !Long.toString(seq).equals(Schema.meta(db, "derived_seq"));
        } catch (SQLException e) {
            throw failure("cannot read the store's metadata", e);
        }
    }

    /** Recomputes the derived tables when stale, in one transaction. */
    public synchronized void refreshDerived() throws StoreException {
        if (!derivedStale()) {
            return;
        }
        try {
            db.setAutoCommit(false);
            Derivation.refresh(db);
            Schema.setMeta(db, "derived_seq", Long.toString(seq));
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot compute syndication groups and event clusters", e);
        } finally {
            autoCommitQuietly();
        }
    }

    /** Row counts of the main tables. */
    public synchronized StoreCounts counts() throws StoreException {
        try {
            return new StoreCounts(count("articles"), count("mentions"), count("actors"), count("events"),
                    count("claims"), count("clusters"), queryLong("SELECT count(DISTINCT group_id) FROM syndication "
                            + "WHERE copies > 1"));
        } catch (SQLException e) {
            throw failure("cannot count the store's rows", e);
        }
    }

    /** The tables, for reading (queries and exports); writes go through {@link #write}. */
    public Connection connection() {
        return db;
    }

    /** A searcher over everything stored so far. */
    public synchronized StoreSearch search() throws StoreException {
        try {
            return new StoreSearch(index.openReader());
        } catch (IOException e) {
            throw failure("cannot read the search index", e);
        }
    }

    @Override
    public synchronized void close() throws StoreException {
        StoreException failure = null;
        try {
            commitIndex();
        } catch (StoreException e) {
            failure = e;
        }
        inserts.close();
        StoreFiles.closeQuietly(db, index);
        if (failure != null) {
            throw failure;
        }
    }

    private long count(String table) throws SQLException {
        return queryLong("SELECT count(*) FROM " + table);
    }

    long queryLong(String sql) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(dir.toString(), what, e);
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller reports
        }
    }

    private void autoCommitQuietly() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection fails the next call with its own message
        }
    }
}
