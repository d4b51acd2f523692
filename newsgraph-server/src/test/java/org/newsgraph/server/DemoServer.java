/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.InputFiles;
import org.newsgraph.store.Store;

/**
 * The demo store of the integration tests, built once per test JVM: the project's {@code samples/} and the XSS
 * fixtures ingested through the full pipeline into a temporary folder, served on a free loopback port with a token.
 * Skips (JUnit assumption) when the checkout has no samples.
 */
final class DemoServer {
    static final Path SAMPLES = Path.of("../samples");
    static final Path XSS = Path.of("src/test/resources/xss");
    static final String TOKEN = "integration-test-token-6f1c";
    private static DemoServer instance;

    final Path dir;
    final Store store;
    final NewsgraphServer server;
    final IngestSummary ingest;
    final Http http;

    private DemoServer(Path dir, Store store, NewsgraphServer server, IngestSummary ingest) {
        this.dir = dir;
        this.store = store;
        this.server = server;
        this.ingest = ingest;
        this.http = new Http(server.url(ServerConfig.HOST));
    }

    static synchronized DemoServer get() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "no samples/ folder in this checkout: skipped");
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static DemoServer start() throws Exception {
        Path dir = Files.createTempDirectory("newsgraph-demo-store-");
        Store store = Store.open(dir);
        IngestSummary s;
        try (Ingester ingester = new Ingester(store, Pipelines.standard(), new Ingester.Options(2, 16))) {
            InputHints hints = new InputHints(null, null, null, "auto");
            InputFiles.read(List.of(SAMPLES, XSS), new InputFiles.Visitor() {
                @Override
                public void document(RawDocument doc) {
                    ingester.accept(doc, hints);
                }

                @Override
                public void failure(String input, String reason) {
                    ingester.fail(input, reason);
                }
            });
            s = ingester.finish();
        }
        ServerConfig config = ServerConfig.defaults().withPort(0).withToken(TOKEN)
                .withFetching(SourceSettings.defaults().toBuilder().allowPrivate(true).build());
        NewsgraphServer server = NewsgraphServer.start(store, config);
        DemoServer d = new DemoServer(dir, store, server, s);
        Runtime.getRuntime().addShutdownHook(new Thread(d::stop, "demo-server-stop"));
        return d;
    }

    private void stop() {
        try {
            server.close();
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (Exception ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
