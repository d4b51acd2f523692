/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the fuzzing findings "a WARC record without a WARC-Date, with two of them, or with a malformed
 * date or Content-Type throws out of the reader" (jwarc parses those headers when asked, with unchecked exceptions;
 * the archive thread died and the rest of the file was silently lost): each such record is one failure naming the
 * file and byte offset, and the records after it are read.
 */
class WarcHeadersTest {
    private static final String PAGE = "<html><head><title>Ports reopen</title></head><body><p>Dock workers returned "
            + "to work on Monday after a week-long strike.</p></body></html>";

    private static String record(String headers) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + PAGE.length() + "\r\n\r\n"
                + PAGE;
        return "WARC/1.0\r\nWARC-Type: response\r\n" + headers + "Content-Length: " + http.length() + "\r\n\r\n" + http
                + "\r\n\r\n";
    }

    @Test
    void recordsWithBadHeadersFailAloneAndTheFileGoesOn() {
        String ok = "Content-Type: application/http; msgtype=response\r\n";
        List<String> bad = List.of("WARC-Target-URI: https://w.example/no-date\r\n" + ok,
                "WARC-Date: 2024-03-04T07:00:00Z\r\nWARC-Date: 2024-03-05T07:00:00Z\r\n"
                        + "WARC-Target-URI: https://w.example/two-dates\r\n" + ok,
                "WARC-Date: yesterday\r\nWARC-Target-URI: https://w.example/bad-date\r\n" + ok,
                "WARC-Date: 2024-03-04T07:00:00Z\r\nWARC-Target-URI: https://w.example/bad-type\r\nContent-Type: ;;;/\r\n");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (String headers : bad) {
            file.writeBytes(record(headers).getBytes(StandardCharsets.UTF_8));
        }
        file.writeBytes(record("WARC-Date: 2024-03-04T07:00:00Z\r\nWARC-Target-URI: https://w.example/good\r\n" + ok)
                .getBytes(StandardCharsets.UTF_8));
        SourceParsers.WarcContent c = SourceParsers.warc("bad-headers.warc", file.toByteArray(),
                SourceSettings.defaults());
        assertEquals(List.of("https://w.example/good"), c.documents().stream().map(d -> d.url()).toList(),
                c.failures().toString());
        assertEquals(4, c.failures().size(), c.failures().toString());
        assertTrue(c.failures().stream().allMatch(f -> f.startsWith("bad-headers.warc at byte ")
                && f.contains(": malformed record header (")), c.failures().toString());
    }

    @Test
    void aRecordThatCannotBeFramedEndsTheFileWithOneFailure() {
        String ok = "WARC-Date: 2024-03-04T07:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n";
        String good = record("WARC-Target-URI: https://w.example/first\r\n" + ok);
        for (String broken : List.of(record("WARC-Type: response\r\nWARC-Target-URI: https://w.example/x\r\n" + ok),
                record("WARC-Target-URI: https://w.example/y\r\n" + ok).replaceFirst("Content-Length: \\d+",
                        "Content-Length: 3x77"))) {
            byte[] file = (good + broken + good.replace("first", "after")).getBytes(StandardCharsets.UTF_8);
            SourceParsers.WarcContent c = SourceParsers.warc("broken.warc", file, SourceSettings.defaults());
            assertEquals(List.of("https://w.example/first"), c.documents().stream().map(d -> d.url()).toList());
            assertEquals(1, c.failures().size(), c.failures().toString());
            assertTrue(c.failures().get(0).startsWith("broken.warc at byte ") && c.failures().get(0)
                    .endsWith("; the rest of the file is skipped"), c.failures().toString());
        }
    }
}
