/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.NewsgraphException;

/**
 * The address guard for URL ingestion after redirects and DNS answers: the loopback test site passes for a public
 * host (a resolver answers 93.184.216.34 for it), and every hop it redirects to — a name whose DNS answer is private,
 * the cloud metadata address, a loopback address written as one decimal number, a mixed answer — is refused before
 * anything is sent there, for pages, feed items and robots.txt alike.
 */
class SsrfGuardIT {
    private static final Map<String, String> DNS = Map.of("intranet.example", "10.1.2.3", "metadata.example",
            "169.254.169.254", "rebind.example", "127.0.0.1", "v6.example", "fd12:3456::1",
            "mapped.example", "::ffff:192.168.7.7");
    private TestSite site;
    private final RecordingSink sink = new RecordingSink();
    private final AddressGuard guard = new AddressGuard(false, SsrfGuardIT::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("127.0.0.1")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        }
        if (host.equals("mixed.example")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.9.9.9")};
        }
        if (DNS.containsKey(host)) {
            return new InetAddress[] {InetAddress.getByName(DNS.get(host))};
        }
        // literals only (a decimal or dotted IPv4 address, an IPv6 address): the tests never ask real DNS
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    @BeforeEach
    void start() throws Exception {
        site = TestSite.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private CollectReport collect(String... urls) throws InterruptedException {
        return new Collector(CollectorIT.TEST.toBuilder().allowPrivate(false).build(), sink, guard,
                Clock.systemUTC()).collect(List.of(urls));
    }

    @Test
    void redirectsToNamesWithPrivateDnsAnswersAreRefused() throws Exception {
        List<String> targets = List.of("http://intranet.example/admin", "http://metadata.example/latest/meta-data/",
                "http://rebind.example:8080/", "http://2130706433/", "http://v6.example/", "http://mapped.example/",
                "http://mixed.example/");
        for (int i = 0; i < targets.size(); i++) {
            site.redirect("/go" + i, targets.get(i), i % 2 == 0 ? 302 : 301);
        }
        String[] urls = new String[targets.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = site.url("/go" + i);
        }
        CollectReport r = collect(urls);
        assertEquals(0, r.documents(), r.summary());
        for (String t : targets) {
            assertTrue(r.failureMessages().stream().anyMatch(m -> m.startsWith(t + ": refused: resolves to a")),
                    t + " not refused: " + r.failureMessages());
        }
        for (int i = 0; i < urls.length; i++) {
            assertEquals(1, site.hits("/go" + i).size(), "the first hop is fetched once, nothing after it");
        }
    }

    @Test
    void feedItemsPointingAtPrivateAddressesAreRefused() throws Exception {
        site.put("/feed.xml", "application/rss+xml", CollectorIT.rss("Feed", List.of("http://intranet.example/a",
                "http://169.254.169.254/latest", "http://[::1]:9000/b")));
        CollectReport r = collect(site.url("/feed.xml"));
        assertEquals(0, r.documents(), r.summary());
        assertEquals(3, r.failureMessages().stream().filter(m -> m.contains(": refused: resolves to a")).count(),
                r.failureMessages().toString());
    }

    @Test
    void aRobotsTxtRedirectToAPrivateAddressKeepsTheHostOffLimits() throws Exception {
        site.redirect("/robots.txt", "http://metadata.example/robots.txt", 302);
        site.put("/a.html", "text/html", WarcSourceTest.page("A"));
        CollectReport r = collect(site.url("/a.html"));
        assertEquals(0, r.documents(), r.summary());
        assertTrue(site.hits("/a.html").isEmpty(), "the page is not fetched while robots.txt is unreadable");
    }

    @Test
    void otherSpellingsOfPrivateAddressesAreRefusedOrUnresolvable() {
        // (Java reads "0177.0.0.1" as the public 177.0.0.1, not octal, in the guard and in the HTTP client alike)
        for (String url : List.of("http://2130706433/", "http://0x7f000001/", "http://127.1/",
                "http://[0:0:0:0:0:ffff:7f00:1]/", "http://[::]/", "gopher://127.0.0.1/", "file:///etc/passwd",
                "jar:file:///x.jar!/", "http://user@10.0.0.1/")) {
            assertThrows(NewsgraphException.class, () -> guard.check(URI.create(url)), url);
        }
    }
}
