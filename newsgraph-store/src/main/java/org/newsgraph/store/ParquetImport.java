/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * Imports what a Newsgraph Spark job wrote ({@code DIR/TABLE/lang=…/month=…/*.parquet}, see {@code docs/scaling.md})
 * into an embedded store, read by DuckDB in place. Articles the store already holds are skipped, so an import can be
 * repeated. Into an empty store the derived tables (syndication, actors, clusters, cluster_reports) are taken as the
 * cluster computed them; into a store that held articles they are recomputed over everything by the same rules. The
 * search index is built from the imported tables when the store is opened again, as after a crash.
 */
public final class ParquetImport {
    /**
     * @param articles articles imported
     * @param skipped  articles of the output the store already held
     * @param derived  true when the derived tables were taken from the output
     */
    public record Result(long articles, long skipped, boolean derived) {}

    private ParquetImport() {}

    /** Imports the job output in {@code dir} into the store in {@code storeDir} (created when missing). */
    public static Result run(Path storeDir, Path dir) throws StoreException {
        if (!hasParquet(dir.resolve("articles"))) {
            throw new StoreException(dir.toString(), "not the output of 'newsgraph spark' (no articles/*.parquet)",
                    null);
        }
        Result r;
        try (Store store = Store.open(storeDir)) {
            r = importInto(store.connection(), dir, storeDir.toString());
        }
        Store.open(storeDir).close(); // opening indexes what the tables hold and the index does not
        return r;
    }

    private static Result importInto(Connection db, Path dir, String name) throws StoreException {
        try (Statement st = db.createStatement()) {
            db.setAutoCommit(false);
            long before = count(st, "SELECT count(*) FROM articles");
            long seq = count(st, "SELECT coalesce(max(seq), 0) FROM ingest_log");
            st.execute("CREATE OR REPLACE TEMP TABLE import_ids AS SELECT id FROM " + source(dir, "articles")
                    + " WHERE id NOT IN (SELECT id FROM articles)");
            long fresh = count(st, "SELECT count(*) FROM import_ids");
            long total = count(st, "SELECT count(*) FROM " + source(dir, "articles"));
            for (String table : Schema.EVIDENCE) {
                if (hasParquet(dir.resolve(table))) {
                    String key = table.equals("articles") ? "id" : "article_id";
                    st.execute("INSERT INTO " + table + " SELECT " + columns(table) + " FROM " + source(dir, table)
                            + " WHERE " + key + " IN (SELECT id FROM import_ids)");
                }
            }
            st.execute("INSERT INTO ingest_log SELECT " + seq + " + row_number() OVER (ORDER BY id), id "
                    + "FROM import_ids");
            boolean derived = before == 0 && Schema.DERIVED.stream().allMatch(t -> hasParquet(dir.resolve(t)));
            if (derived) {
                for (String table : Schema.DERIVED) {
                    st.execute("DELETE FROM " + table);
                    st.execute("INSERT INTO " + table + " SELECT " + columns(table) + " FROM " + source(dir, table));
                }
                Schema.setMeta(db, "derived_seq", Long.toString(seq + fresh));
            }
            st.execute("DROP TABLE import_ids");
            db.commit();
            return new Result(fresh, total - fresh, derived);
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the import's own failure is what the caller reports
            }
            throw new StoreException(name, "cannot import " + dir + ": " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a broken connection fails the next call with its own message
            }
        }
    }

    /** DuckDB's reader over one table's files, with the {@code lang=…/month=…} folders as columns. */
    private static String source(Path dir, String table) {
        String glob = dir.resolve(table).toAbsolutePath() + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true)";
    }

    private static String columns(String table) {
        return String.join(", ", Schema.columns(table).stream().map(Schema.Column::name).toList());
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
