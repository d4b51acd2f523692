/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.newsgraph.error.BadInputException;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * {@code /api/export?format=…}: a complete export, streamed, as {@code newsgraph export} writes it: jsonl, gdelt and
 * graphml whole; csv and parquet one {@code table} at a time. It is how the command line exports a store that this
 * server holds open for writing (another process cannot open it then).
 */
final class ExportApi {
    private final Store store;

    ExportApi(Store store) {
        this.store = store;
    }

    void export(Context ctx) throws StoreException, BadInputException, IOException {
        String name = Params.required(ctx, "format");
        ExportFormat f = ExportFormat.of(name).orElseThrow(() -> ApiException.badParameter("format", "must be one of "
                + Arrays.stream(ExportFormat.values()).map(ExportFormat::wireName).toList() + ", not '" + name + "'"));
        if (!f.writesFolder()) {
            ctx.contentType(switch (f) {
                case JSONL -> "application/x-ndjson; charset=utf-8";
                case GDELT -> "text/tab-separated-values; charset=utf-8";
                default -> "application/xml; charset=utf-8";
            }).header("Content-Disposition", "attachment; filename=\"newsgraph." + f.wireName() + "\"");
            Exporter.export(store, f, null, ctx.outputStream());
            return;
        }
        String table = Params.required(ctx, "table");
        Path tmp = Files.createTempFile("newsgraph-export-", "." + f.wireName());
        try {
            Exporter.exportTable(store, f, table, tmp);
            ctx.contentType(f == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/vnd.apache.parquet")
                    .header("Content-Disposition", "attachment; filename=\"" + table + "." + f.wireName() + "\"");
            try (InputStream in = Files.newInputStream(tmp); OutputStream out = ctx.outputStream()) {
                in.transferTo(out);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
