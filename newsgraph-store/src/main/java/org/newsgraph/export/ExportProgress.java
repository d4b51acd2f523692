/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

/**
 * How far an export got: rows written of the rows it will write. Called on the exporting thread, often (once per
 * row for streamed formats), so an implementation only records the numbers; a display reads them on its own thread.
 */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void rows(long done, long total);
}
