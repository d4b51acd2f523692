/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    private static String c(String url) {
        return UrlCanonicalizer.canonical(url).orElseThrow();
    }

    @Test
    void dropsTrackingParametersFragmentsAndDefaultPorts() {
        assertEquals("https://www.example.org/a/b?id=7",
                c("HTTPS://WWW.Example.ORG:443/a/./x/../b?utm_source=rss&id=7&utm_medium=feed&fbclid=abc#comments"));
        assertEquals("http://example.org/", c("http://example.org:80"));
        assertEquals("http://example.org:8080/x", c("http://example.org:8080/x?gclid=1"));
        assertEquals("https://www.heise.de/news/x.html",
                c("https://www.heise.de/news/x.html?wt_mc=rss.red.ho.ho.atom.beitrag.beitrag"));
    }

    @Test
    void keepsParametersThatSelectThePage() {
        assertEquals("https://example.org/article.php?id=42&page=2", c("https://example.org/article.php?id=42&page=2"));
        assertEquals("https://example.org/a/", c("https://example.org/a/"));
    }

    @Test
    void removesAmpVariants() {
        assertEquals("https://example.org/2023/story", c("https://example.org/2023/story/amp"));
        assertEquals("https://example.org/2023/story/", c("https://example.org/2023/story/amp/"));
        assertEquals("https://example.org/2023/story", c("https://example.org/amp/2023/story"));
        assertEquals("https://example.org/2023/story.html", c("https://example.org/2023/story.amp.html"));
        assertEquals("https://example.org/2023/story", c("https://example.org/2023/story?amp=1"));
        assertEquals("https://example.org/2023/story", c("https://example.org/2023/story?outputType=amp"));
        assertEquals("https://example.org/2023/story?outputType=print",
                c("https://example.org/2023/story?outputType=print"));
    }

    @Test
    void unwrapsAmpCacheAndRedirectorLinks() {
        assertEquals("https://www.example.org/2023/story",
                c("https://www-example-org.cdn.ampproject.org/c/s/www.example.org/2023/story/amp"));
        assertEquals("https://example.org/x", c("https://www.google.com/url?sa=t&url=https%3A%2F%2Fexample.org%2Fx"));
        assertEquals("https://example.org/y", c("https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fy%3Futm_source%3Dfb"));
    }

    @Test
    void rejectsWhatIsNoHttpUrl() {
        assertTrue(UrlCanonicalizer.canonical("mailto:someone@example.org").isEmpty());
        assertTrue(UrlCanonicalizer.canonical("/relative/path").isEmpty());
        assertTrue(UrlCanonicalizer.canonical("http://bad host/").isEmpty());
        assertEquals("not a url", UrlCanonicalizer.canonicalOrSelf(" not a url "));
    }

    @Test
    void hostKeysNameSchemeHostAndPort() {
        assertEquals("https://example.org:443", UrlCanonicalizer.hostKey(URI.create("https://Example.org/a")));
        assertEquals("http://127.0.0.1:8080", UrlCanonicalizer.hostKey(URI.create("http://127.0.0.1:8080/a")));
    }
}
