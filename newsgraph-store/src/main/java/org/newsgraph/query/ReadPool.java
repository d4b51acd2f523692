/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * A small pool of read connections to a store's database, so that requests query in parallel (one DuckDB connection
 * runs one query at a time). Each connection keeps its prepared statements, since readers ask the same few shapes of
 * question all the time. Thread-safe; a borrowed connection is used by one thread until it is given back.
 */
final class ReadPool implements AutoCloseable {
    /** How long a read waits for a free connection before it fails with {@link BusyException}. */
    static final long WAIT_SECONDS = 20;

    /** A pooled connection and its statement cache; used by one thread at a time. */
    static final class Lease {
        private final Connection connection;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        Lease(Connection connection) {
            this.connection = connection;
        }

        /** The statement for this SQL text, prepared on first use; the caller sets every parameter. */
        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                prepared.put(sql, ps);
            }
            return ps;
        }
    }

    /** Work done with one connection. */
    interface Work<T> {
        T run(Lease lease) throws SQLException;
    }

    private final BlockingQueue<Lease> idle;
    private final List<Lease> all = new ArrayList<>();

    /**
     * Opens {@code size} connections to the database of {@code main} (which stays the caller's). {@code threads}, when
     * positive, sets DuckDB's worker threads for the whole database: these queries touch few rows and gain less from
     * parallelism than they lose to scheduling on a busy machine; parallelism comes from the callers.
     */
    ReadPool(Connection main, int size, int threads) throws SQLException {
        idle = new ArrayBlockingQueue<>(size, true); // fair: under load, readers get connections in arrival order
        DuckDBConnection duck = main.unwrap(DuckDBConnection.class);
        if (threads > 0) {
            try (Statement st = duck.createStatement()) {
                st.execute("SET threads = " + threads);
            }
        }
        for (int i = 0; i < size; i++) {
            Lease l = new Lease(duck.duplicate());
            all.add(l);
            idle.add(l);
        }
    }

    <T> T with(Work<T> work) throws SQLException {
        Lease l;
        try {
            l = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("interrupted while waiting for the database");
        }
        if (l == null) {
            throw new BusyException("the database is busy; try again");
        }
        try {
            return work.run(l);
        } finally {
            idle.add(l);
        }
    }

    @Override
    public void close() {
        for (Lease l : all) {
            try {
                l.connection.close();
            } catch (SQLException ignored) {
                // closing at shutdown: nothing left to do with a failure
            }
        }
    }
}
