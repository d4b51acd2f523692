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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opening and closing a store's two parts: the DuckDB database and the Lucene index. */
final class StoreFiles {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private StoreFiles() {}

    /** Connects to the store's database, with a clear message when it is locked or damaged. */
    static Connection connect(Path dir) throws StoreException {
        return connect(dir, false);
    }

    /**
     * Connects to the store's database, read-only when asked: any number of processes may read a store at once, but
     * only while none writes it (DuckDB's file lock).
     */
    static Connection connect(Path dir, boolean readOnly) throws StoreException {
        try {
            Properties config = new Properties();
            if (readOnly) {
                config.setProperty("duckdb.read_only", "true");
            }
            // DuckDB would take up to 80 % of the machine's memory for a large query; the NLP models need the rest
            config.setProperty("memory_limit", System.getProperty("newsgraph.duckdb.memory", "1GB"));
            String threads = System.getProperty("newsgraph.duckdb.threads");
            if (threads != null) {
                config.setProperty("threads", threads);
            }
            return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DB_FILE).toAbsolutePath(), config);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw StoreException.inUse(dir.toString(), readOnly ? "the store is being written by another process"
                        : "the store is in use by another process", e);
            }
            throw new StoreException(dir.toString(),
                    "cannot open the store's tables; the file is damaged or not a DuckDB database", e);
        }
    }

    /**
     * Opens the index; a damaged one is set aside ({@code index.damaged-N}) and rebuilt from the tables, which hold
     * everything it did.
     */
    static LuceneIndex openIndex(Path path) throws IOException {
        try {
            return new LuceneIndex(path);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".damaged-" + System.currentTimeMillis());
            Files.move(path, aside);
            LOG.warn("{}: the search index was damaged ({}); moved to {} and rebuilt from the tables", path,
                    e.getMessage(), aside);
            return new LuceneIndex(path);
        }
    }

    static void closeQuietly(Connection db, LuceneIndex index) {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException ignored) {
            // closing after a failure: the failure is what matters
        }
        try {
            db.close();
        } catch (SQLException ignored) {
            // as above
        }
    }
}
