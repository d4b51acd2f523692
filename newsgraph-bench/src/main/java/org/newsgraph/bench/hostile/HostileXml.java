/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Hostile documents: nesting 100,000 levels deep, entity expansion ("billion laughs") and external entities. */
final class HostileXml {
    private HostileXml() {}

    static String sitemap(String url) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + url + "</loc></url></urlset>\n";
    }

    static byte[] deepJson(int depth) {
        return ("{\"title\": \"deep\", \"body\": " + "[".repeat(depth) + "]".repeat(depth) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] deepHtml(int depth) {
        return ("<html><body>" + "<div>".repeat(depth) + "Text at the bottom of the well." + "</div>".repeat(depth)
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] deepFeed(int depth) {
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>x</title>"
                + "<link>https://deep.example/x</link><description>" + "<b>".repeat(depth) + "x" + "</b>".repeat(depth)
                + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    /** Ten levels of ten references: 10^9 copies of "lol" if a parser expanded them. */
    static String bombDoctype(String root) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return sb.append("]>").toString();
    }

    static byte[] bombFeed() {
        return ("<?xml version=\"1.0\"?>" + bombDoctype("rss") + "<rss version=\"2.0\"><channel><title>&lol9;</title>"
                + "<item><title>&lol9;</title><link>https://bomb.example/a</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bombSitemap() {
        return ("<?xml version=\"1.0\"?>" + bombDoctype("urlset")
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://bomb.example/&lol9;"
                + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8);
    }

    /** External entities to a local file and to a URL, and an external parameter entity. */
    static String xxeDoctype(String root, Path canary, String url) {
        return "<!DOCTYPE " + root + " [<!ENTITY file SYSTEM \"" + canary.toUri() + "\"><!ENTITY web SYSTEM \"" + url
                + "/entity\"><!ENTITY % remote SYSTEM \"" + url + "/dtd\"> %remote;]>";
    }

    static byte[] xxeFeed(Path canary, String url) {
        return ("<?xml version=\"1.0\"?>" + xxeDoctype("rss", canary, url) + "<rss version=\"2.0\"><channel>"
                + "<title>&file;</title><item><title>&web;</title><link>https://xxe.example/&file;</link>"
                + "<description>&file;</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xxeSitemap(Path canary, String url) {
        return ("<?xml version=\"1.0\"?>" + xxeDoctype("urlset", canary, url)
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://xxe.example/&file;"
                + "</loc></url><url><loc>https://xxe.example/&web;</loc></url></urlset>").getBytes(StandardCharsets.UTF_8);
    }
}
