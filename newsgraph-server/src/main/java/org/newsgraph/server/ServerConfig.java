/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import java.util.function.Supplier;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.source.SourceSettings;

/**
 * How the server runs; every default is here. Loopback only unless told otherwise; write endpoints need
 * {@code token} and are off without one.
 *
 * @param host            the address to bind ({@code 127.0.0.1})
 * @param port            the port, 0 for any free one
 * @param token           the token of the write endpoints, or {@code null}
 * @param maxRequestBytes the largest request body accepted (larger: 413)
 * @param connections     read connections to the database (requests querying at once)
 * @param queryThreads    DuckDB worker threads while serving (0: DuckDB's default, one per core)
 * @param pipeline        the analysis pipeline for ingest by URL, made on first use
 * @param fetching        how ingest by URL fetches (public addresses only by default)
 */
public record ServerConfig(String host, int port, String token, long maxRequestBytes, int connections,
        int queryThreads, Supplier<Pipeline> pipeline, SourceSettings fetching) {
    public static final String HOST = "127.0.0.1";
    public static final int PORT = 8080;
    public static final long MAX_REQUEST_BYTES = 64 * 1024;
    public static final int CONNECTIONS = 4;
    public static final int QUERY_THREADS = Integer.getInteger("newsgraph.server.query-threads", 1);

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(HOST, PORT, null, MAX_REQUEST_BYTES, CONNECTIONS, QUERY_THREADS, Pipelines::standard,
                SourceSettings.defaults());
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, token, maxRequestBytes, connections, queryThreads, pipeline, fetching);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, token, maxRequestBytes, connections, queryThreads, pipeline, fetching);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(host, port, t, maxRequestBytes, connections, queryThreads, pipeline, fetching);
    }

    public ServerConfig withFetching(SourceSettings s) {
        return new ServerConfig(host, port, token, maxRequestBytes, connections, queryThreads, pipeline, s);
    }
}
