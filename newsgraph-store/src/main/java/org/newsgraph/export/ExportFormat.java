/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import java.util.Locale;
import java.util.Optional;

/** The export formats; tabular ones write a folder with one file per table, the others one file (or a stream). */
public enum ExportFormat {
    CSV(true), JSONL(false), PARQUET(true), GDELT(false), GRAPHML(false);

    private final boolean folder;

    ExportFormat(boolean folder) {
        this.folder = folder;
    }

    /** True when the format writes a folder of files (and so needs an output path). */
    public boolean writesFolder() {
        return folder;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> of(String name) {
        for (ExportFormat f : values()) {
            if (f.wireName().equalsIgnoreCase(name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
