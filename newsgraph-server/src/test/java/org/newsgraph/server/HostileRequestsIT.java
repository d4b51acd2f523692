/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against the demo server: oversized bodies and headers, path traversal on the static, vendor,
 * article and CSV routes, write endpoints without (or with a wrong) token, and CSV cells that a spreadsheet would
 * run as formulas. Every refusal is a JSON error, never a file from outside the served folders.
 */
class HostileRequestsIT {
    private static DemoServer demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.get();
    }

    /** Sends raw bytes (the Java client normalises paths and refuses odd headers) and returns the whole answer. */
    private static String raw(String request) throws IOException {
        URI base = URI.create(demo.http.base());
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    @Test
    void oversizedBodiesAreRefusedWith413() throws Exception {
        // raw sockets: the server closes a connection whose body it refused, which a pooled client would reuse
        String big = "{\"urls\": [\"" + "a".repeat(200_000) + "\"]}";
        String r = raw("POST /api/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + DemoServer.TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + big.length() + "\r\nConnection: close\r\n\r\n"
                + big);
        assertEquals(413, status(r), r);
        assertTrue(r.contains("\"too_large\""), r);
        String lying = raw("POST /api/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + DemoServer.TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\nConnection: close\r\n\r\n{}");
        assertEquals(413, status(lying), lying);
    }

    @Test
    void oversizedHeadersAndUrisAreRefused() throws Exception {
        String headers = raw("GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Junk: " + "h".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(431, status(headers), headers.substring(0, Math.min(300, headers.length())));
        String uri = raw("GET /api/search?q=" + "u".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(414, status(uri), uri.substring(0, Math.min(300, uri.length())));
        assertTrue(uri.contains("\"uri_too_long\""), uri);
    }

    @Test
    void pathTraversalNeverLeavesTheServedFolders() throws Exception {
        for (String path : List.of("/assets/../../../../etc/passwd", "/assets/..%2f..%2f..%2fetc%2fpasswd",
                "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/....//....//etc/passwd",
                "/assets/..\\..\\..\\etc\\passwd", "/assets/%252e%252e/%252e%252e/etc/passwd",
                "/assets/css/../../../web/openapi.json", "/assets/../layout.html", "/assets/%c0%ae%c0%ae/etc/passwd",
                "/vendor/../../pom.xml", "/api/articles/..%2f..%2f..%2fetc%2fpasswd",
                "/api/articles/../../../../etc/passwd?format=csv", "/api/articles?format=../../../etc/passwd",
                "/api/actors/..%2F..%2Fetc%2Fpasswd/timeline?format=csv", "/api/ingest/..%2f..%2fetc%2fpasswd",
                "/article/..%2f..%2f..%2fetc%2fpasswd", "//etc/passwd", "/%2e%2e/%2e%2e/etc/passwd")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            int code = status(answer);
            assertFalse(answer.contains("root:x:0:0"), path + " served /etc/passwd");
            assertFalse(answer.contains("<modelVersion>"), path + " served a project file");
            assertFalse(answer.contains("{{main}}") || answer.contains("\"openapi\": \"3"), path
                    + " served a resource outside the assets: " + code);
            // a 200 is an API answer about an unknown id (a database parameter, never a path) or a UI page
            assertTrue(code == 400 || code == 401 || code == 403 || code == 404 || code == 200 && (isPage(answer)
                    || answer.contains("Content-Type: application/json") || answer.contains("Content-Type: text/csv")),
                    path + " answered " + code + ": " + answer.substring(0, Math.min(400, answer.length())));
        }
    }

    /** One of the UI's own pages (the router answers unknown article ids with its page). */
    private static boolean isPage(String answer) {
        return answer.contains("text/html") && answer.contains("<!DOCTYPE html>");
    }

    @Test
    void writeEndpointsRefuseMissingAndWrongTokens() throws Exception {
        for (String path : List.of("/api/ingest", "/api/reindex")) {
            HttpResponse<String> none = demo.http.post(path, "{\"urls\": [\"https://example.org/\"]}", null);
            assertEquals(401, none.statusCode(), path + ": " + none.body());
            assertTrue(none.body().contains("\"unauthorized\""), none.body());
            HttpResponse<String> wrong = demo.http.post(path, "{}", DemoServer.TOKEN + "x");
            assertEquals(401, wrong.statusCode(), path + ": " + wrong.body());
            HttpResponse<String> prefix = demo.http.post(path, "{}", DemoServer.TOKEN.substring(0, 8));
            assertEquals(401, prefix.statusCode(), path + ": " + prefix.body());
        }
        String basic = raw("POST /api/reindex HTTP/1.1\r\nHost: x\r\nAuthorization: Basic "
                + java.util.Base64.getEncoder().encodeToString((":" + DemoServer.TOKEN).getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(401, status(basic), basic);
        assertEquals(401, demo.http.get("/api/ingest/1").statusCode(), "reading a job needs the token too");
    }

    @Test
    void csvCellsThatStartLikeFormulasAreDefused() throws Exception {
        HttpResponse<String> r = demo.http.get("/api/articles?format=csv&limit=1000");
        assertEquals(200, r.statusCode(), r.body());
        List<String> rows = r.body().lines().filter(l -> l.contains("Payloadcorpus")).toList();
        assertTrue(rows.size() >= 4, "the formula fixtures are listed: " + rows);
        for (String row : rows) {
            for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0, "a cell a spreadsheet would run: "
                        + cell + " in " + row);
            }
        }
        assertTrue(rows.stream().anyMatch(l -> l.contains("'=HYPERLINK(")), rows.toString());
    }
}
