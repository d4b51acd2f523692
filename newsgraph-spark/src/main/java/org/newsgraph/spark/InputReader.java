/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.source.WarcFilter;
import org.newsgraph.source.WarcSource;
import org.newsgraph.store.InputFiles;
import scala.Tuple2;

/**
 * Reads one input file on an executor into {@link Records}: a {@code .warc}/{@code .warc.gz} file through the
 * collector's {@link WarcSource} (the host filter applied to the record headers), a {@code .jsonl}(.gz) file through
 * the ingester's line reader ({@link InputFiles#readLines}), any other file as one document. Streams: a file is
 * never held in memory whole. Bad records become rejections; the file goes on where its format allows.
 */
final class InputReader implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
    private static final long serialVersionUID = 1L;
    /** Larger single documents are refused, as by the ingester. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final JobOptions options;

    InputReader(JobOptions options) {
        this.options = options;
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
        String path = localName(file._1());
        String lower = path.toLowerCase(Locale.ROOT);
        PortableDataStream data = file._2();
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return new PushIterator<>(path, out -> warc(path, data, out));
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
            return new PushIterator<>(path, out -> jsonl(path, data, lower.endsWith(".gz"), out));
        }
        return new PushIterator<>(path, out -> single(path, data, out));
    }

    /** A local path without its {@code file:} scheme, so that records are named as the embedded ingest names them. */
    static String localName(String path) {
        return path.startsWith("file:") ? java.net.URI.create(path).getPath() : path;
    }

    private void warc(String path, PortableDataStream data, Consumer<Row> out) throws IOException {
        WarcFilter filter = new WarcFilter(options.hosts(), null, null);
        long[] ordinal = {0};
        try (InputStream in = data.open()) {
            new WarcSource(SourceSettings.defaults()).read(path, Channels.newChannel(in), filter,
                    new WarcSource.Visitor() {
                        @Override
                        public void document(RawDocument doc, InputHints hints) {
                            out.accept(Records.document(path, ordinal[0]++, doc, hints));
                        }

                        @Override
                        public void skipped(String reason) {
                            String status = reason.contains("filter") ? Records.FILTERED : Records.SKIPPED;
                            out.accept(Records.other(path, ordinal[0]++, path + "#" + ordinal[0], status, "read",
                                    reason));
                        }

                        @Override
                        public void failed(String message) {
                            int colon = message.indexOf(": ");
                            out.accept(Records.other(path, ordinal[0]++, colon < 0 ? path : message.substring(0,
                                    colon), Records.REJECTED, "read", colon < 0 ? message
                                    : message.substring(colon + 2)));
                        }
                    });
        }
    }

    private static void jsonl(String path, PortableDataStream data, boolean gzip, Consumer<Row> out)
            throws IOException {
        long[] ordinal = {0};
        try (InputStream raw = data.open(); InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            InputFiles.readLines(path, in, new InputFiles.Visitor() {
                @Override
                public void document(RawDocument doc) {
                    if (Records.exportNonArticle(doc.bytes())) {
                        out.accept(Records.other(path, ordinal[0]++, doc.name(), Records.SKIPPED, "read",
                                "not an article record of an export"));
                    } else {
                        out.accept(Records.document(path, ordinal[0]++, doc, InputHints.NONE));
                    }
                }

                @Override
                public void failure(String input, String reason) {
                    out.accept(Records.other(path, ordinal[0]++, input, Records.REJECTED, "read", reason));
                }
            });
        }
    }

    private static void single(String path, PortableDataStream data, Consumer<Row> out) throws IOException {
        try (InputStream in = data.open()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                out.accept(Records.other(path, 0, path, Records.REJECTED, "read", "larger than "
                        + (MAX_BYTES >> 20) + " MiB; not a news article"));
            } else {
                out.accept(Records.document(path, 0, RawDocument.ofFile(path, bytes), InputHints.NONE));
            }
        }
    }
}
