/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import org.newsgraph.error.NewsgraphException;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.source.AddressGuard;
import org.newsgraph.source.CollectReport;
import org.newsgraph.source.Collector;
import org.newsgraph.source.InputKind;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.InputFiles;
import org.newsgraph.store.ParquetImport;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph ingest}: files and folders through the full pipeline into the store, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse documents (.txt, .html, .json, .jsonl; folders are searched for them) and store them "
                + "under --store. Articles already stored (same canonical URL, else same text) are skipped, so "
                + "running it again, or after an interruption, only adds what is missing.",
            "Exit code 0 when at least one document was stored or skipped as a duplicate, 3 when every document "
                + "failed; failures are listed with their reasons at the end."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH|URL", arity = "0..*",
            description = "Files and folders to ingest, and sources to collect: page, feed, sitemap or OPML URLs, "
                    + "feed and sitemap files, URL lists, WARC(.gz) archives.")
    List<String> inputs;

    @Mixin
    SourceOptions sources;

    @Option(names = "--from-parquet", paramLabel = "DIR",
            description = "Import the tables 'newsgraph spark' wrote under DIR instead of analysing documents; "
                    + "articles already stored are skipped.")
    Path fromParquet;

    @Option(names = "--store", defaultValue = "data", paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch", defaultValue = "32", paramLabel = "N",
            description = "Articles per store transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lang", defaultValue = "auto", description = "de, en or auto (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--progress-interval", defaultValue = "5000", paramLabel = "MS",
            description = "How often a plain progress line is printed when not on a terminal (default: "
                    + "${DEFAULT-VALUE} ms).")
    long progressInterval;

    @Override
    public Integer call() throws Exception {
        if (fromParquet != null) {
            return importParquet();
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new ExitCodes.UsageException("give the files, folders or URLs to ingest, or --from-parquet DIR");
        }
        if (!List.of("auto", "de", "en").contains(lang.toLowerCase(Locale.ROOT))) {
            throw new ExitCodes.UsageException("--lang must be de, en or auto, not '" + lang + "'");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || batch < 1) {
            throw new ExitCodes.UsageException("--threads and --batch must be at least 1");
        }
        List<String> collected = inputs.stream().filter(a -> InputKind.of(a).isSource()).toList();
        List<Path> paths = inputs.stream().filter(a -> !InputKind.of(a).isSource()).map(Path::of).toList();
        if (!paths.isEmpty()) {
            InputFiles.check(paths);
        }
        SourceSettings settings = sources.settings();
        for (String url : collected) {
            if (InputKind.of(url) == InputKind.URL) {
                guard(url, settings.allowPrivate()); // refuse early, with the reason, before any work
            }
        }
        long total = paths.isEmpty() ? 0 : InputFiles.count(paths);
        PrintStream err = System.err;
        InputHints hints = new InputHints(null, null, null, lang);
        IngestSummary s;
        try (Store st = Store.open(store)) {
            try (Ingester ingester = new Ingester(st, Pipelines.standard(), new Ingester.Options(n, batch));
                    IngestDisplay display = IngestDisplay.start(total, ingester::progress, System.console() != null,
                            progressInterval, err)) {
                InputFiles.read(paths, new InputFiles.Visitor() {
                    @Override
                    public void document(RawDocument doc) {
                        ingester.accept(doc, hints);
                    }

                    @Override
                    public void failure(String input, String reason) {
                        ingester.fail(input, reason);
                    }
                });
                if (!collected.isEmpty()) {
                    CollectReport r = new Collector(settings, ingester).collect(collected, sources.warcFilter());
                    r.failureMessages().forEach(m -> ingester.fail("collect", m));
                    err.println("newsgraph: " + r.summary());
                }
                s = ingester.finish();
            }
        }
        report(s, System.out);
        if (s.stored() + s.duplicates() == 0 && s.failed() > 0) {
            throw new BadInputException(inputs.size() == 1 ? inputs.get(0) : inputs.size() + " inputs",
                    "no document could be ingested (" + s.failed() + " failed)");
        }
        return ExitCodes.OK;
    }

    private Integer importParquet() throws Exception {
        if (inputs != null && !inputs.isEmpty()) {
            throw new ExitCodes.UsageException("--from-parquet takes no other inputs");
        }
        if (!Files.isDirectory(fromParquet)) {
            throw new InputIoException(fromParquet.toString(), "no such folder");
        }
        long t0 = System.nanoTime();
        ParquetImport.Result r = ParquetImport.run(store, fromParquet);
        try (Store st = Store.openExisting(store)) {
            System.out.printf(Locale.ROOT, "ingest: %d articles imported from %s, %d already stored, derived tables %s "
                    + "in %.1f s%n", r.articles(), fromParquet, r.skipped(), r.derived() ? "as the job computed them"
                    : "recomputed", (System.nanoTime() - t0) / 1e9);
            st.refreshDerived();
            System.out.println("store " + store + ": " + st.counts());
        }
        return ExitCodes.OK;
    }

    private static void guard(String url, boolean allowPrivate) throws NewsgraphException {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new BadInputException(url, "not a valid URL: " + e.getReason());
        }
        AddressGuard.standard(allowPrivate).check(uri);
    }

    private void report(IngestSummary s, PrintStream out) {
        out.printf(Locale.ROOT, "ingest: %d stored, %d skipped as duplicates, %d failed in %.1f s (%.1f articles/s)%n",
                s.stored(), s.duplicates(), s.failed(), s.seconds(), s.stored() / Math.max(s.seconds(), 1e-9));
        out.println("store " + store + ": " + s.counts());
        for (IngestSummary.Failure f : s.failures()) {
            out.println("failed: " + f.input() + ": " + f.reason());
        }
        if (s.failed() > s.failures().size()) {
            out.println("failed: … and " + (s.failed() - s.failures().size()) + " more");
        }
        out.flush();
    }
}
