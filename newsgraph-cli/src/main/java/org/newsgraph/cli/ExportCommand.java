/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph export}: the whole store in one format, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the whole store. csv and parquet write one file per table into the --out folder; "
                + "jsonl, gdelt (GDELT 2.0 event rows, tab-separated) and graphml write one file, or standard output "
                + "when --out is not given. Columns: docs/store.md."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--store", defaultValue = "data", paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--format", required = true, description = "csv, jsonl, parquet, gdelt or graphml.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "Output folder (csv, parquet) or file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.of(format).orElseThrow(() -> new ExitCodes.UsageException(
                "--format must be one of " + Arrays.stream(ExportFormat.values()).map(ExportFormat::wireName)
                        .toList() + ", not '" + format + "'"));
        try (Store st = Store.openExisting(store)) {
            Exporter.export(st, f, out, System.out);
        }
        if (out != null) {
            System.err.println("export: " + f.wireName() + " written to " + out);
        }
        return ExitCodes.OK;
    }
}
