/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.error.InputIoException;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.server.ServerConfig;
import org.newsgraph.source.FeedList;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.InputFiles;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph demo}: ingests the project's sample articles into {@code ./data/demo} (only what is not stored yet,
 * so a second start is quick), then serves the web UI and prints its address. Where the project's data lies beside
 * the checkout ({@code ../shared/data}), the Wikinews articles it allows are ingested too, in the background while the
 * UI is up; with {@code --live}, public German and English news feeds are polled as well. A demo that writes nothing
 * more holds the store read-only, so that other commands may read it meanwhile.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the sample articles (samples/, German and English) into data/demo and open the web UI: "
                + "prints the address to visit. Articles already stored are skipped before analysis.",
            "Where ../shared/data lies beside the checkout, the Wikinews articles its news/events-dev/ allows are "
                + "read in place and ingested in the background. --live also polls public news feeds (tagesschau, "
                + "DW, ORF, SRF, BBC, RFI, Wikinews); the Sources page shows their health."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--store", defaultValue = StoreAccess.DEFAULT, paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The sample articles (default: samples/ here, else beside the application).")
    Path samples;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "The port (default: ${DEFAULT-VALUE}; a free one when it is taken).")
    int port;

    @Option(names = "--live", description = "Also poll public German and English news feeds (needs the internet).")
    boolean live;

    @Option(names = "--interval", defaultValue = "PT10M", paramLabel = "DURATION",
            description = "With --live: time between polling rounds, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--data", paramLabel = "DIR", description = "The project's data (default: ../shared/data beside "
            + "the checkout, when it is there); 'none' reads no Wikinews.")
    String data;

    @Override
    public Integer call() throws Exception {
        Path dir = samples != null ? samples : defaultSamples();
        InputFiles.check(List.of(dir));
        if (interval.isNegative() || interval.isZero()) {
            throw new ExitCodes.UsageException("--interval must be positive");
        }
        PrintStream out = System.out;
        try (Store st = Store.open(store)) {
            ingest(st, dir, out);
        }
        Path wikinews = wikinews();
        boolean writes = live || wikinews != null;
        ServerConfig config = ServeCommand.config(ServerConfig.HOST, port, null);
        if (port != 0 && !free(port)) {
            out.println("port " + port + " is taken; using a free one");
            config = config.withPort(0);
        }
        CountDownLatch closed = new CountDownLatch(1);
        try (Store st = StoreAccess.forServing(store, writes);
                DemoFeeder feeder = new DemoFeeder(st, wikinews, live ? FeedList.parse("demo-live.txt",
                        resource("feeds/demo-live.txt")) : List.of(), interval, System.err)) {
            ServeCommand.serve(st, config, out, closed, feeder::start);
        } finally {
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    /** The data folder to read Wikinews from, or null. */
    private Path wikinews() throws InputIoException {
        if ("none".equals(data)) {
            return null;
        }
        Path d = data != null ? Path.of(data) : defaultData();
        if (d == null || !WikinewsArticles.available(d)) {
            if (data != null) {
                throw new InputIoException(data, "no news/events-dev/ allow-list here");
            }
            return null;
        }
        return d;
    }

    /** ../shared/data beside the working folder, else beside the checkout the application was built in. */
    private static Path defaultData() {
        Path here = Path.of("..", "shared", "data");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            for (int i = 0; i < 2 && root != null; i++, root = root.getParent()) {
                Path d = root.resolveSibling("shared").resolve("data");
                if (Files.isDirectory(root.resolve("samples")) && Files.isDirectory(d)) {
                    return d;
                }
            }
        } catch (URISyntaxException | SecurityException ignored) {
            // no data beside the checkout: the demo shows the samples
        }
        return null;
    }

    private static byte[] resource(String name) throws java.io.IOException {
        try (java.io.InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void ingest(Store st, Path dir, PrintStream out) throws Exception {
        long total = InputFiles.count(List.of(dir));
        out.println("demo: ingesting " + total + " sample documents from " + dir + " into " + st.dir()
                + " (only those not stored yet) ...");
        out.flush();
        InputHints hints = new InputHints(null, null, null, "auto");
        IngestSummary s;
        int threads = Runtime.getRuntime().availableProcessors();
        try (Ingester ingester = new Ingester(st, Pipelines.standard(), new Ingester.Options(threads, 32));
                IngestDisplay display = IngestDisplay.start(total, ingester::progress, System.console() != null,
                        5000, System.err)) {
            InputFiles.read(List.of(dir), new InputFiles.Visitor() {
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
        out.printf(Locale.ROOT, "demo: %d stored, %d already there, %d failed; store: %s%n", s.stored(),
                s.duplicates(), s.failed(), s.counts());
        s.failures().forEach(f -> out.println("failed: " + f.input() + ": " + f.reason()));
    }

    /** samples/ in the working folder, else in the checkout the application jar was built in. */
    static Path defaultSamples() throws InputIoException {
        Path here = Path.of("samples");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            for (int i = 0; i < 2 && root != null; i++, root = root.getParent()) {
                if (Files.isDirectory(root.resolve("samples"))) {
                    return root.resolve("samples");
                }
            }
        } catch (URISyntaxException | SecurityException ignored) {
            // fall through to the message below
        }
        throw new InputIoException("samples", "no samples/ folder here or beside the application; give --samples DIR");
    }

    private static boolean free(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.bind(new java.net.InetSocketAddress(ServerConfig.HOST, port));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
