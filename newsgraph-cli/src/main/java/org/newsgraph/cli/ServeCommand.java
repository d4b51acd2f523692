/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsgraph.error.InputIoException;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerConfig;
import org.newsgraph.store.ParquetImport;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the REST API and the web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI and the REST API (/api/…, described at /openapi.json) over a store. "
                + "Binds to 127.0.0.1 unless --host says otherwise; stop with Ctrl-C.",
            "Write endpoints (ingest by URL, re-index) need a token: --token-file FILE or the NEWSGRAPH_TOKEN "
                + "environment variable; without one they are off."})
public final class ServeCommand implements Callable<Integer> {
    static final int CLOSE_SECONDS = 10;
    /** The store a Spark job's output is imported into; Spark and DuckDB skip names starting with an underscore. */
    static final String PARQUET_STORE = "_newsgraph-store";

    @Spec
    CommandSpec spec;

    @Option(names = "--store", defaultValue = "data", paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Serve what 'newsgraph spark' wrote under DIR: imported first (once) into the store "
                    + "DIR/" + PARQUET_STORE + ", or into --store when given.")
    Path parquet;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.HOST, paramLabel = "ADDR",
            description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the token of the write endpoints.")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = config(host, port, tokenFile);
        CountDownLatch closed = new CountDownLatch(1);
        if (parquet != null) {
            store = importParquet();
        }
        try (Store st = Store.openExisting(store)) {
            serve(st, config, System.out, closed);
        } finally {
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    /** Imports the job output (articles already stored are skipped, so a restart only opens the store). */
    private Path importParquet() throws Exception {
        if (!Files.isDirectory(parquet)) {
            throw new InputIoException(parquet.toString(), "no such folder");
        }
        Path target = spec.commandLine().getParseResult().hasMatchedOption("--store") ? store
                : parquet.resolve(PARQUET_STORE);
        ParquetImport.Result r = ParquetImport.run(target, parquet);
        System.out.println("newsgraph: " + r.articles() + " articles imported from " + parquet + " into " + target
                + (r.skipped() > 0 ? " (" + r.skipped() + " already there)" : ""));
        try (Store st = Store.openExisting(target)) {
            st.refreshDerived();
        }
        return target;
    }

    static ServerConfig config(String host, int port, Path tokenFile) throws InputIoException {
        if (port < 0 || port > 65_535) {
            throw new ExitCodes.UsageException("--port must be between 0 and 65535, not " + port);
        }
        String token = System.getenv("NEWSGRAPH_TOKEN");
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new InputIoException(tokenFile.toString(), e);
            }
            if (token.length() < 16) {
                throw new ExitCodes.UsageException("--token-file: the token must have at least 16 characters");
            }
        }
        return ServerConfig.defaults().withHost(host).withPort(port).withToken(token);
    }

    /**
     * Starts the server, prints its address and blocks until the process is asked to stop (Ctrl-C, SIGTERM); the
     * shutdown then waits up to {@value #CLOSE_SECONDS} s for {@code closed}, which the caller counts down once it has
     * closed the store, so that the index is committed before the JVM exits.
     */
    static void serve(Store st, ServerConfig config, PrintStream out, CountDownLatch closed) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (NewsgraphServer server = NewsgraphServer.start(st, config)) {
            Thread hook = new Thread(() -> {
                stopped.countDown();
                try {
                    closed.await(CLOSE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newsgraph-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Newsgraph is serving " + st.dir() + " at " + server.url(config.host()));
            out.println("(API: " + server.url(config.host()) + "openapi.json; stop with Ctrl-C)");
            out.flush();
            stopped.await();
        }
    }
}
