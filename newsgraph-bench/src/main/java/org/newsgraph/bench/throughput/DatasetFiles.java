/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.throughput;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The throughput datasets as a JSONL file of article records, for benches that drive {@code newsgraph ingest}. */
public final class DatasetFiles {
    private DatasetFiles() {}

    /** Writes the first {@code limit} articles of the dataset to {@code out}, one record a line; returns how many. */
    public static int writeJsonl(Path dataset, int limit, Path out) throws IOException {
        AtomicInteger n = new AtomicInteger();
        try (OutputStream o = Files.newOutputStream(out)) {
            Datasets.read(dataset, limit, r -> {
                try {
                    o.write(r.toDocument().bytes());
                    o.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return n.incrementAndGet() < limit;
            });
        }
        return n.get();
    }
}
