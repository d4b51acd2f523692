/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.error.BadInputException;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.store.Schema;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph export}: the whole store in one format, streamed, with its progress on standard error. Reads the
 * store read-only, so it works while a server reads it; while a server writes it, the server streams the export.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the whole store. csv and parquet write one file per table into the --out folder; "
                + "jsonl, gdelt (GDELT 2.0 event rows, tab-separated) and graphml write one file, or standard output "
                + "when --out is not given. Columns: docs/store.md. Progress goes to standard error."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--store", defaultValue = StoreAccess.DEFAULT, paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--format", required = true, description = "csv, jsonl, parquet, gdelt or graphml.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "Output folder (csv, parquet) or file.")
    Path out;

    @Option(names = "--progress-interval", defaultValue = "5000", paramLabel = "MS",
            description = "How often a plain progress line is printed when not on a terminal (default: "
                    + "${DEFAULT-VALUE} ms).")
    long progressInterval;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.of(format).orElseThrow(() -> new ExitCodes.UsageException(
                "--format must be one of " + Arrays.stream(ExportFormat.values()).map(ExportFormat::wireName)
                        .toList() + ", not '" + format + "'"));
        if (f.writesFolder() && out == null) {
            throw new BadInputException("--format " + f.wireName(), "writes one file per table: give an output "
                    + "folder with --out");
        }
        try (Store st = StoreAccess.forReading(store);
                ExportDisplay progress = ExportDisplay.start("export", System.console() != null, progressInterval,
                        System.err)) {
            Exporter.export(st, f, out, System.out, progress);
        } catch (StoreException e) {
            String server = StoreAccess.server(store).filter(s -> e.inUse()).orElseThrow(() -> e);
            System.err.println("export: " + store + " is written by the server at " + server
                    + "; exporting through it");
            viaServer(new ServerClient(server), f);
        }
        if (out != null) {
            System.err.println("export: " + f.wireName() + " written to " + out);
        }
        return ExitCodes.OK;
    }

    /** The export streamed by the server that holds the store: the file, or each table into the folder. */
    private void viaServer(ServerClient server, ExportFormat f) throws Exception {
        if (!f.writesFolder()) {
            try (InputStream in = server.stream("api/export", Map.of("format", f.wireName()))) {
                if (out == null) {
                    in.transferTo(System.out);
                    System.out.flush();
                } else {
                    copy(in, out);
                }
            }
            return;
        }
        Files.createDirectories(out);
        int done = 0;
        for (String table : Schema.EXPORTED.keySet()) {
            try (InputStream in = server.stream("api/export", Map.of("format", f.wireName(), "table", table))) {
                copy(in, out.resolve(table + "." + f.wireName()));
            }
            System.err.printf("export: %d/%d tables%n", ++done, Schema.EXPORTED.size());
        }
    }

    private static void copy(InputStream in, Path file) throws Exception {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(file)) {
            in.transferTo(o);
        }
    }
}
