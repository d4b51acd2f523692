/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.hostile;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.source.CollectReport;
import org.newsgraph.source.Collector;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.store.ArticleAnalyzer;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.InputFiles;
import org.newsgraph.store.Store;

/**
 * Ingests a malformed corpus as {@code newsgraph ingest DOCS SOURCES…} does (the folder through the store's file
 * readers, feeds, sitemaps and WARC files through the collector, one ingester behind both) and checks the outcome.
 * The files meant to vanish are deleted after the folder is listed and before they are read.
 */
public final class HostileIngest {
    /**
     * The outcome.
     *
     * @param unreported     bad inputs that no failure names
     * @param unexpected     failures that name no bad input (a good document lost)
     * @param leaks          stored articles or failure messages holding the canary's secret
     * @param entityRequests requests that external entities made to the loopback server
     * @param exit           the exit code {@code newsgraph ingest} gives this summary
     */
    public record Report(int goodDocs, int badInputs, IngestSummary summary, List<String> unreported,
            List<String> unexpected, int leaks, int entityRequests, int exit) {
        /** Every good document stored, every bad input reported, nothing leaked, exit 0. */
        public boolean clean() {
            return summary.stored() == goodDocs && summary.duplicates() == 0 && unreported.isEmpty()
                    && unexpected.isEmpty() && leaks == 0 && entityRequests == 0 && exit == 0;
        }
    }

    private HostileIngest() {}

    /** Writes the corpus under {@code dir}, ingests it into {@code dir/store} and checks the result. */
    public static Report run(Path dir, int good, int bad, long seed, int hugeLineMb, ArticleAnalyzer analyzer,
            int threads) throws Exception {
        AtomicInteger entityRequests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            entityRequests.incrementAndGet();
            byte[] b = "<!ENTITY leak \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            HostileCorpus.Corpus c = HostileCorpus.write(dir.resolve("corpus"), good, bad, seed, hugeLineMb, url);
            IngestSummary s = ingest(c, dir.resolve("store"), analyzer, threads);
            List<String> messages = new ArrayList<>();
            s.failures().forEach(f -> messages.add(f.input() + ": " + f.reason()));
            List<String> unreported = c.badInputs().stream()
                    .filter(b -> messages.stream().noneMatch(m -> m.startsWith(b + ":") || m.contains(b)))
                    .toList();
            List<String> unexpected = messages.stream()
                    .filter(m -> c.badInputs().stream().noneMatch(b -> m.startsWith(b + ":") || m.contains(b)))
                    .toList();
            int leaks = (int) messages.stream().filter(m -> m.contains(c.secret())).count()
                    + (exported(dir.resolve("store")).contains(c.secret()) ? 1 : 0);
            int exit = s.stored() + s.duplicates() == 0 && s.failed() > 0 ? 3 : 0;
            return new Report(c.goodDocs(), c.badInputs().size(), s, unreported, unexpected, leaks,
                    entityRequests.get(), exit);
        } finally {
            server.stop(0);
        }
    }

    private static IngestSummary ingest(HostileCorpus.Corpus c, Path storeDir, ArticleAnalyzer analyzer, int threads)
            throws Exception {
        try (Store store = Store.open(storeDir);
                Ingester ingester = new Ingester(store, analyzer, new Ingester.Options(threads, 16))) {
            InputFiles.read(List.of(c.docs()), new InputFiles.Visitor() {
                private boolean listed;

                @Override
                public void document(RawDocument doc) {
                    vanish();
                    ingester.accept(doc, InputHints.NONE);
                }

                @Override
                public void failure(String input, String reason) {
                    vanish();
                    ingester.fail(input, reason);
                }

                /** The folder was listed before the first document was read: the files go now. */
                private void vanish() {
                    if (!listed) {
                        listed = true;
                        for (Path p : c.vanishing()) {
                            try {
                                Files.deleteIfExists(p);
                            } catch (IOException e) {
                                throw new IllegalStateException("cannot delete " + p, e);
                            }
                        }
                    }
                }
            });
            List<String> sources = c.sources().stream().map(Path::toString).toList();
            CollectReport r = new Collector(SourceSettings.defaults(), ingester).collect(sources);
            r.failureMessages().forEach(m -> ingester.fail("collect", m));
            return ingester.finish();
        }
    }

    private static String exported(Path storeDir) throws Exception {
        try (Store s = Store.openExisting(storeDir)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.export(s, ExportFormat.JSONL, null, out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
