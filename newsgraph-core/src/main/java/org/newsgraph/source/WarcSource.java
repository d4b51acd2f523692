/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;

/**
 * Reads HTML pages out of WARC and WARC.gz files (Common Crawl's CC-NEWS, or any web archive) with jwarc. Each
 * response record is filtered by its headers first ({@link WarcFilter}); kept records have their HTTP payload parsed
 * and decoded once. Redirects, error statuses and non-HTML payloads are skipped and counted; truncated or unreadable
 * records are reported with their byte offset. The collector reads local files ({@link #read(Path, WarcFilter,
 * Documents, SourceStats)}); other hosts (the Spark job, over HDFS or S3) hand in a channel and a {@link Visitor}.
 * Not thread-safe; one reader per file.
 */
public final class WarcSource {
    private final long maxBytes;

    /** Receives what one WARC file holds: documents with their hints, skipped records, failures naming the offset. */
    public interface Visitor {
        void document(RawDocument doc, InputHints hints);

        void skipped(String reason);

        void failed(String message);
    }

    public WarcSource(SourceSettings settings) {
        this.maxBytes = settings.maxBytes();
    }

    /** Reads every accepted HTML response of the file into {@code documents}; problems go to {@code stats}. */
    void read(Path file, WarcFilter filter, Documents documents, SourceStats stats) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            read(file.toString(), channel, filter, visitor(documents, stats));
        } catch (IOException e) {
            stats.fail(file + ": cannot read the WARC file (" + e.getMessage() + ")");
        }
    }

    /** Reads the WARC data of {@code channel} (named {@code file} in messages) into {@code documents}. */
    void read(String file, ReadableByteChannel channel, WarcFilter filter, Documents documents, SourceStats stats) {
        read(file, channel, filter, visitor(documents, stats));
    }

    private static Visitor visitor(Documents documents, SourceStats stats) {
        return new Visitor() {
            @Override
            public void document(RawDocument doc, InputHints hints) {
                documents.offer(doc, hints);
            }

            @Override
            public void skipped(String reason) {
                stats.skip(reason);
            }

            @Override
            public void failed(String message) {
                stats.fail(message);
            }
        };
    }

    /**
     * Reads every accepted HTML response of a WARC(.gz) stream, named {@code file} in messages, into the visitor.
     * Never throws for bad content: a damaged file ends with a failure naming the byte offset.
     */
    public void read(String file, ReadableByteChannel channel, WarcFilter filter, Visitor v) {
        try (WarcReader reader = new WarcReader(channel)) {
            while (true) {
                long offset = reader.position();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | IllegalArgumentException e) {
                    // jwarc also throws unchecked for a record it cannot frame (a Content-Length that is no number,
                    // two WARC-Type headers: found by fuzzing); without a length there is no next record to find
                    v.failed(file + " at byte " + offset + ": unreadable record (" + e.getMessage()
                            + "); the rest of the file is skipped");
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                if (next.get() instanceof WarcResponse r) {
                    try {
                        record(file, r, filter, v);
                    } catch (NoSuchElementException | IllegalArgumentException | DateTimeException e) {
                        // jwarc reads headers when asked: a record without a WARC-Date, with two of them or with a
                        // malformed one fails here (found by fuzzing); the next record is still read
                        v.failed(file + " at byte " + offset + ": malformed record header (" + e.getMessage()
                                + ")");
                    }
                }
            }
        } catch (IOException e) {
            v.failed(file + ": cannot read the WARC file (" + e.getMessage() + ")");
        }
    }

    private void record(String file, WarcResponse r, WarcFilter filter, Visitor v) {
        String where = file + " at byte " + r.position();
        String target = r.target();
        if (target == null || !filter.accepts(target, r.date())) {
            v.skipped("outside the WARC filter");
            return;
        }
        if (r.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            v.failed(where + ": truncated record for " + target + " (WARC-Truncated: "
                    + r.truncated().name().toLowerCase(Locale.ROOT) + ")");
            return;
        }
        if (!"application".equals(r.contentType().type()) || !"http".equals(r.contentType().subtype())) {
            v.skipped("not an HTTP response");
            return;
        }
        try {
            HttpResponse http = r.http();
            if (http.status() >= 300 && http.status() < 400) {
                v.skipped("redirect");
                return;
            }
            if (http.status() < 200 || http.status() >= 300) {
                v.skipped("HTTP status " + http.status());
                return;
            }
            String type = http.headers().first("Content-Type").orElse(null);
            if (!isHtml(type)) {
                v.skipped("not an HTML page");
                return;
            }
            byte[] body = readBody(http, r);
            String canonical = UrlCanonicalizer.canonicalOrSelf(target);
            RawDocument doc = new RawDocument(target, body, canonical, type, r.date(), headers(http), "warc");
            v.document(doc, PageRequest.plain(target).hints(canonical));
        } catch (TruncatedException e) {
            v.failed(where + ": truncated record for " + target + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            v.failed(where + ": unreadable record for " + target + " (" + e.getMessage() + ")");
        }
    }

    private byte[] readBody(HttpResponse http, WarcResponse r) throws IOException {
        long declared = r.body().size();
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (java.io.EOFException e) {
            throw new TruncatedException("the record ends before its declared length of " + declared + " bytes");
        }
        if (body.length > maxBytes) {
            throw new IOException("payload larger than " + (maxBytes >> 10) + " KiB");
        }
        return body;
    }

    private static boolean isHtml(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return t.contains("text/html") || t.contains("application/xhtml");
    }

    private static Map<String, String> headers(HttpResponse http) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : http.headers().map().entrySet()) {
            out.merge(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()), (a, b) -> a + ", " + b);
        }
        return out;
    }

    /** The record's payload ends before its declared length: the file was cut. */
    private static final class TruncatedException extends IOException {
        private static final long serialVersionUID = 1L;

        TruncatedException(String message) {
            super(message);
        }
    }
}
