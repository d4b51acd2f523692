/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.DateMethod;

/** One-shot collection against a loopback site: robots.txt, redirects, retries, limits and the address guard. */
class CollectorIT {
    static final SourceSettings TEST = SourceSettings.defaults().toBuilder()
            .allowPrivate(true).hostDelay(Duration.ofMillis(20)).backoffBase(Duration.ofMillis(20))
            .backoffMax(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(5))
            .contactUrl("https://newsgraph.example/contact").version("9.9").build();

    @TempDir
    Path dir;
    private TestSite site;
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void start() throws Exception {
        site = TestSite.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static String rss(String title, List<String> links) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>" + title + "</title><link>https://example.org/</link><description>d</description>");
        int i = 0;
        for (String link : links) {
            b.append("<item><title>Item ").append(i).append("</title><link>").append(link.replace("&", "&amp;"))
                    .append("</link><guid>").append(link.replace("&", "&amp;")).append("</guid><pubDate>")
                    .append("Mon, 11 Sep 2023 0").append(i++ % 10).append(":00:00 GMT</pubDate></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private CollectReport collect(SourceSettings s, String... inputs) throws Exception {
        return new Collector(s, sink).collect(List.of(inputs));
    }

    @Test
    void feedItemsBecomeDocumentsWithFeedHintsAndAnHonestUserAgent() throws Exception {
        site.put("/a.html", "text/html; charset=utf-8", WarcSourceTest.page("A"));
        site.put("/b.html", "text/html", WarcSourceTest.page("B"));
        site.put("/feed.xml", "application/rss+xml", rss("Site News", List.of(site.url("/a.html?utm_source=rss"),
                site.url("/b.html"), site.url("/a.html#top"))));
        CollectReport r = collect(TEST, site.url("/feed.xml"));
        assertEquals(2, r.documents(), r.summary());
        assertEquals(1, r.duplicates());
        assertEquals(0, sink.repeats());
        RecordingSink.Handed a = sink.byUrl(site.url("/a.html"));
        assertNotNull(a, sink.handed().toString());
        assertEquals("feed", a.doc().origin());
        assertEquals(DateMethod.FEED, a.hints().publishedMethod());
        assertEquals(LocalDate.of(2023, 9, 11), a.hints().published());
        assertEquals("Site News", a.hints().outlet());
        assertEquals("\"" + Documents.contentHash(WarcSourceTest.page("A").getBytes(StandardCharsets.UTF_8)) + "\"",
                a.doc().headers().get("etag"), "headers arrive with lower-case names");
        assertTrue(site.hits().stream().allMatch(h -> "Newsgraph/9.9 (+https://newsgraph.example/contact)"
                .equals(h.userAgent())), site.hits().toString());
        assertEquals(1, site.hits("/robots.txt").size(), "robots.txt is read once per host");
    }

    @Test
    void robotsDisallowIsObeyedAndCrawlDelayHonoured() throws Exception {
        site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n");
        for (String p : new String[] {"/private/x.html", "/public/1.html", "/public/2.html", "/public/3.html"}) {
            site.put(p, "text/html", WarcSourceTest.page(p));
        }
        site.put("/feed.xml", "application/rss+xml", rss("R", List.of(site.url("/private/x.html"),
                site.url("/public/1.html"), site.url("/public/2.html"), site.url("/public/3.html"))));
        List<CollectReport> progress = new java.util.ArrayList<>();
        CollectReport r = new Collector(TEST, sink).collect(List.of(site.url("/feed.xml")), WarcFilter.ALL,
                progress::add);
        assertEquals(3, r.documents(), r.summary());
        assertTrue(!progress.isEmpty() && progress.get(0).documents() <= 3, "progress about once a second");
        assertTrue(site.hits("/private/x.html").isEmpty(), "a disallowed page is never requested");
        assertEquals(List.of(site.url("/private/x.html") + ": disallowed by robots.txt"), r.failureMessages());
        List<TestSite.Hit> hits = site.hits();
        for (int i = 1; i < hits.size(); i++) {
            long gap = hits.get(i).nanos() - hits.get(i - 1).nanos();
            assertTrue(gap >= Duration.ofMillis(300).toNanos(), "crawl-delay 0.3 s; gap " + gap / 1_000_000 + " ms");
        }
    }

    @Test
    void transientErrorsAreRetriedWithBackoffOthersNot() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.handle("/flaky.html", ex -> {
            if (calls.incrementAndGet() <= 2) {
                TestSite.respond(ex, 503, "text/plain", new byte[] {'x'}, Map.of("Retry-After", "0"));
            } else {
                TestSite.respond(ex, 200, "text/html", WarcSourceTest.page("F").getBytes(StandardCharsets.UTF_8),
                        Map.of());
            }
        });
        site.status("/busy.html", 429, Map.of("Retry-After", "3600"));
        CollectReport r = collect(TEST, site.url("/flaky.html"), site.url("/missing.html"), site.url("/busy.html"));
        assertEquals(1, r.documents(), r.summary());
        assertEquals(2, r.retries());
        assertEquals(3, site.hits("/flaky.html").size());
        assertEquals(1, site.hits("/missing.html").size(), "404 is not retried");
        assertEquals(1, site.hits("/busy.html").size(), "a Retry-After beyond the back-off limit gives up at once");
        assertTrue(r.failureMessages().contains(site.url("/missing.html") + ": HTTP 404"), r.failureMessages().toString());
        assertTrue(r.failureMessages().contains(site.url("/busy.html") + ": HTTP 429 (retry after 60 min) after 1 "
                + "attempts"), r.failureMessages().toString());
    }

    @Test
    void redirectsAreFollowedWithinTheLimitAndDeduplicated() throws Exception {
        site.put("/final.html", "text/html", WarcSourceTest.page("Final"));
        site.redirect("/r1", site.url("/r2"), 301);
        site.redirect("/r2", "/final.html?utm_campaign=x", 302);
        site.redirect("/loop", site.url("/loop2"), 302);
        site.redirect("/loop2", site.url("/loop"), 302);
        CollectReport r = collect(TEST, site.url("/r1"), site.url("/loop"));
        assertEquals(1, r.documents(), r.summary());
        assertNotNull(sink.byUrl(site.url("/final.html")));
        assertTrue(r.failureMessages().stream().anyMatch(m -> m.endsWith(": more than 5 redirects")),
                r.failureMessages().toString());
    }

    @Test
    void compressedLargeAndSlowResponses() throws Exception {
        byte[] page = WarcSourceTest.page("Zipped ä").getBytes(StandardCharsets.UTF_8);
        site.handle("/gz.html", ex -> {
            assertTrue(ex.getRequestHeaders().getFirst("Accept-Encoding").contains("gzip"));
            TestSite.respond(ex, 200, "text/html; charset=utf-8", ContentDecodingTest.gzip(page),
                    Map.of("Content-Encoding", "gzip"));
        });
        site.put("/huge.html", "text/html", "<html>" + "x".repeat(300_000) + "</html>");
        site.handle("/slow.html", ex -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestSite.respond(ex, 200, "text/html", page, Map.of());
        });
        SourceSettings s = TEST.toBuilder().maxBytes(100_000).requestTimeout(Duration.ofMillis(500)).maxRetries(1)
                .build();
        CollectReport r = collect(s, site.url("/gz.html"), site.url("/huge.html"), site.url("/slow.html"));
        assertEquals(1, r.documents(), r.summary());
        assertEquals(new String(page, StandardCharsets.UTF_8),
                new String(sink.byUrl(site.url("/gz.html")).doc().bytes(), StandardCharsets.UTF_8));
        assertTrue(r.failureMessages().contains(site.url("/huge.html") + ": response larger than 97 KiB; not fetched"),
                r.failureMessages().toString());
        assertTrue(r.failureMessages().stream().anyMatch(m -> m.startsWith(site.url("/slow.html") + ": timed out")),
                r.failureMessages().toString());
        assertEquals(1, r.retries(), "a timeout is transient: retried once");
    }

    @Test
    void privateAddressesAreRefusedWithoutTheFlag() throws Exception {
        SourceSettings strict = TEST.toBuilder().allowPrivate(false).build();
        CollectReport r = collect(strict, "https://10.0.0.5/x", site.url("/a.html"));
        assertEquals(List.of(site.url("/a.html") + ": refused: resolves to a loopback address (127.0.0.1); use "
                + "--allow-private to allow", "https://10.0.0.5/x: refused: resolves to a private address (10.0.0.5); "
                + "use --allow-private to allow"), r.failureMessages().stream().sorted().toList());
        assertTrue(site.hits().isEmpty(), "nothing was sent");
    }

    @Test
    void everyRedirectHopIsChecked() throws Exception {
        // the test site passes for public; its redirect to a private address must still be refused
        AddressGuard guard = new AddressGuard(false, host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByName("93.184.216.34")} : InetAddress.getAllByName(host));
        site.redirect("/go", "http://10.0.0.5/admin", 302);
        CollectReport r = new Collector(TEST.toBuilder().allowPrivate(false).build(), sink, guard, Clock.systemUTC())
                .collect(List.of(site.url("/go")));
        assertEquals(List.of("http://10.0.0.5/admin: refused: resolves to a private address (10.0.0.5); use "
                + "--allow-private to allow"), r.failureMessages());
        assertEquals(1, site.hits("/go").size());
    }

    @Test
    void sitemapsOpmlListsAndLocalFiles() throws Exception {
        site.put("/s1.html", "text/html", WarcSourceTest.page("S1"));
        site.put("/s2.html", "text/html", WarcSourceTest.page("S2"));
        site.put("/f1.html", "text/html", WarcSourceTest.page("F1"));
        site.put("/news.xml", "application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/"
                + "schemas/sitemap/0.9\"><url><loc>" + site.url("/s1.html") + "</loc></url><url><loc>"
                + site.url("/s2.html") + "</loc></url></urlset>");
        site.put("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps"
                + ".org/schemas/sitemap/0.9\"><sitemap><loc>" + site.url("/news.xml") + "</loc></sitemap></sitemapindex>");
        site.put("/feed.xml", "application/rss+xml", rss("F", List.of(site.url("/f1.html"))));
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, "<opml version=\"2.0\"><body><outline text=\"F\" xmlUrl=\"" + site.url("/feed.xml")
                + "\"/></body></opml>", StandardCharsets.UTF_8);
        Path page = dir.resolve("local.html");
        Files.writeString(page, WarcSourceTest.page("Local"), StandardCharsets.UTF_8);
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "Just a plain text article.", StandardCharsets.UTF_8);
        CollectReport r = collect(TEST, site.url("/sitemap.xml"), opml.toString(), page.toString(), other.toString());
        assertEquals(4, r.documents(), r.summary());
        assertEquals("file", sink.handed().stream().filter(h -> h.doc().url() == null).findFirst().orElseThrow()
                .doc().origin());
        assertEquals(List.of(other + ": not a feed, sitemap, WARC, OPML, URL list or web page"), r.failureMessages());
    }
}
