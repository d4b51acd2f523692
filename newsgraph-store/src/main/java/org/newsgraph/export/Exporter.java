/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.newsgraph.error.BadInputException;
import org.newsgraph.store.Schema;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * Writes a complete export of a store: tabular formats to a folder (one file per table), the others to a file or a
 * stream. Derived tables are brought up to date first. Every row is streamed; nothing is capped.
 */
public final class Exporter {
    private Exporter() {}

    /**
     * Exports to {@code out}, or to {@code stream} when {@code out} is null (only for single-file formats).
     *
     * @throws BadInputException when a folder format has no output path
     */
    public static void export(Store store, ExportFormat format, Path out, OutputStream stream)
            throws StoreException, BadInputException, IOException {
        export(store, format, out, stream, ExportProgress.NONE);
    }

    /** As {@link #export(Store, ExportFormat, Path, OutputStream)}, telling {@code progress} how far it got. */
    public static void export(Store store, ExportFormat format, Path out, OutputStream stream, ExportProgress progress)
            throws StoreException, BadInputException, IOException {
        if (format.writesFolder() && out == null) {
            throw new BadInputException("--format " + format.wireName(),
                    "writes one file per table: give an output folder with --out");
        }
        store.refreshDerived();
        try {
            if (format.writesFolder()) {
                TableCopy.export(store.connection(), format, out, progress);
                return;
            }
            if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                write(store, format, w, progress);
                w.flush();
                return;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                write(store, format, w, progress);
            }
        } catch (SQLException e) {
            throw new StoreException(store.dir().toString(), "cannot read the tables for the export", e);
        }
    }

    /**
     * One table of a tabular format (CSV or Parquet) into {@code file}, as {@link #export} writes it into its folder;
     * a server streams a table at a time to a client that cannot open the store itself.
     *
     * @throws BadInputException for a format that writes no folder or a table that is not exported
     */
    public static void exportTable(Store store, ExportFormat format, String table, Path file)
            throws StoreException, BadInputException, IOException {
        if (!format.writesFolder()) {
            throw new BadInputException("format " + format.wireName(), "writes one file, not one per table");
        }
        if (!Schema.EXPORTED.containsKey(table)) {
            throw new BadInputException("table " + table, "not an exported table; one of " + Schema.EXPORTED.keySet());
        }
        store.refreshDerived();
        try {
            TableCopy.table(store.connection(), format, table, file);
        } catch (SQLException e) {
            throw new StoreException(store.dir().toString(), "cannot read the tables for the export", e);
        }
    }

    private static void write(Store store, ExportFormat format, Writer w, ExportProgress progress)
            throws IOException, SQLException {
        switch (format) {
            case JSONL -> JsonlExport.export(store.connection(), w, progress);
            case GDELT -> GdeltExport.export(store.connection(), w, progress);
            case GRAPHML -> GraphmlExport.export(store.connection(), w, progress);
            default -> throw new IllegalArgumentException("not a single-file format: " + format);
        }
    }
}
