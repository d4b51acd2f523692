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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.error.InputIoException;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.server.ServerConfig;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.InputFiles;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph demo}: ingests the project's sample articles into {@code ./data/demo} (only what is not stored yet,
 * so a second start is quick), then serves the web UI and prints its address.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the sample articles (samples/, German and English) into data/demo and open the web UI: "
                + "prints the address to visit. Articles already stored are skipped before analysis.")
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

    @Override
    public Integer call() throws Exception {
        Path dir = samples != null ? samples : defaultSamples();
        InputFiles.check(List.of(dir));
        PrintStream out = System.out;
        CountDownLatch closed = new CountDownLatch(1);
        try (Store st = Store.open(store)) {
            ingest(st, dir, out);
            ServerConfig config = ServeCommand.config(ServerConfig.HOST, port, null);
            if (port != 0 && !free(port)) {
                out.println("port " + port + " is taken; using a free one");
                config = config.withPort(0);
            }
            ServeCommand.serve(st, config, out, closed);
        } finally {
            closed.countDown();
        }
        return ExitCodes.OK;
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
