/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/** A WARC written here with jwarc: pages, a redirect, non-HTML, a WARC-Truncated record, and a file cut short. */
class WarcSourceTest {
    private static final Instant DAY1 = Instant.parse("2023-09-11T08:00:00Z");
    private static final Instant DAY2 = Instant.parse("2023-09-12T08:00:00Z");

    @TempDir
    Path dir;

    static String page(String title) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>Text of " + title + ".</p></article></body></html>";
    }

    private static WarcResponse response(String url, Instant date, HttpResponse http) throws IOException {
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
    }

    private static HttpResponse html(String title) {
        return new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), page(title).getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** Writes the test archive; the last record is cut in half when {@code cut} is true. */
    Path write(String name, WarcCompression compression, boolean cut) throws IOException {
        Path file = dir.resolve(name);
        long lastStart;
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://news.example/a"))
                    .body(new HttpRequest.Builder("GET", "/a").build()).build());
            w.write(response("https://news.example/a", DAY1, html("Alpha")));
            w.write(response("https://news.example/b?utm_source=cc", DAY2, html("Beta")));
            w.write(response("https://news.example/a", DAY2, html("Alpha")));
            w.write(response("https://other.example/c", DAY1, html("Gamma")));
            w.write(response("https://news.example/old", DAY1, new HttpResponse.Builder(301, "Moved Permanently")
                    .addHeader("Location", "https://news.example/a").body(null, new byte[0]).build()));
            w.write(response("https://news.example/logo.png", DAY1, new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build()));
            w.write(new WarcResponse.Builder(URI.create("https://news.example/long")).date(DAY1)
                    .truncated(WarcTruncationReason.LENGTH).body(html("Long")).build());
            lastStart = w.position();
            w.write(response("https://news.example/cut", DAY1, html("Cut".repeat(200))));
        }
        if (cut) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(lastStart + (ch.size() - lastStart) / 2);
            }
        }
        return file;
    }

    private static CollectReport collect(Path file, WarcFilter filter, RecordingSink sink) throws Exception {
        return new Collector(SourceSettings.defaults(), sink).collect(List.of(file.toString()), filter);
    }

    private static Set<String> urls(RecordingSink sink) {
        return sink.handed().stream().map(h -> h.doc().url()).collect(Collectors.toSet());
    }

    @Test
    void htmlResponsesAreStoredAndBadRecordsReported() throws Exception {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path file = write(c == WarcCompression.GZIP ? "test.warc.gz" : "test.warc", c, true);
            RecordingSink sink = new RecordingSink();
            CollectReport r = collect(file, WarcFilter.ALL, sink);
            assertEquals(Set.of("https://news.example/a", "https://news.example/b", "https://other.example/c"),
                    urls(sink), c.name());
            assertEquals(0, sink.repeats());
            assertEquals(1, r.duplicates(), "the second capture of /a");
            assertEquals(1L, r.skipped().get("redirect"));
            assertEquals(1L, r.skipped().get("not an HTML page"));
            assertEquals(2, r.failures(), r.failureMessages().toString());
            assertTrue(r.failureMessages().get(0).contains("truncated record for https://news.example/long "
                    + "(WARC-Truncated: length)"), r.failureMessages().get(0));
            assertTrue(r.failureMessages().get(1).startsWith(file + " at byte "), r.failureMessages().get(1));
            RecordingSink.Handed a = sink.byUrl("https://news.example/a");
            assertEquals("warc", a.doc().origin());
            assertEquals(DAY1, a.doc().fetched());
            assertEquals("text/html;charset=utf-8", a.doc().contentType().replace(" ", ""));
            assertEquals(page("Alpha"), new String(a.doc().bytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void filtersByHostAndCaptureDateFromTheHeaders() throws Exception {
        Path file = write("filter.warc.gz", WarcCompression.GZIP, false);
        RecordingSink byHost = new RecordingSink();
        collect(file, new WarcFilter(Set.of("other.example"), null, null), byHost);
        assertEquals(Set.of("https://other.example/c"), urls(byHost));
        RecordingSink byDate = new RecordingSink();
        CollectReport r = collect(file, new WarcFilter(Set.of("news.example"), DAY2, DAY2.plusSeconds(86_400)),
                byDate);
        assertEquals(Set.of("https://news.example/a", "https://news.example/b"), urls(byDate));
        assertEquals(0, r.failures(), "the truncated record lies outside the filter: " + r.failureMessages());
    }
}
