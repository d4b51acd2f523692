/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Feeds, feed lists, sitemaps and WARC files built around real pages: their URLs, gold titles and HTML. */
final class SeedShapes {
    private static final int PER_FILE = 8;

    private SeedShapes() {}

    static List<byte[]> feeds(List<FuzzSeeds.Page> pages) {
        List<byte[]> out = new ArrayList<>();
        for (List<FuzzSeeds.Page> group : groups(pages)) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                    + "<channel><title>Seed News</title><link>https://seed.example/</link>\n");
            StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Seed News</title>\n");
            for (FuzzSeeds.Page p : group) {
                rss.append("<item><title>").append(esc(p.title())).append("</title><link>").append(esc(p.url()))
                        .append("</link><pubDate>Tue, 19 Nov 2019 08:30:00 +0100</pubDate><description>")
                        .append(esc(summary(p))).append("</description></item>\n");
                atom.append("<entry><title>").append(esc(p.title())).append("</title><link href=\"")
                        .append(esc(p.url())).append("\"/><id>").append(esc(p.url()))
                        .append("</id><updated>2019-11-19T08:30:00Z</updated><summary>").append(esc(summary(p)))
                        .append("</summary><author><name>Gold Reporter</name></author></entry>\n");
            }
            out.add(rss.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8));
            out.add(atom.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    static byte[] opml(List<FuzzSeeds.Page> pages) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>Seeds"
                + "</title></head><body><outline text=\"news\">\n");
        for (FuzzSeeds.Page p : pages.subList(0, Math.min(pages.size(), 40))) {
            sb.append("<outline type=\"rss\" text=\"").append(esc(p.title())).append("\" xmlUrl=\"")
                    .append(esc(p.url())).append("\"/>\n");
        }
        return sb.append("</outline></body></opml>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<byte[]> sitemaps(List<FuzzSeeds.Page> pages) {
        List<byte[]> out = new ArrayList<>();
        for (List<FuzzSeeds.Page> group : groups(pages)) {
            StringBuilder plain = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            StringBuilder news = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                    + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
            StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (FuzzSeeds.Page p : group) {
                plain.append("<url><loc>").append(esc(p.url())).append("</loc><lastmod>2019-11-19</lastmod></url>\n");
                news.append("<url><loc>").append(esc(p.url())).append("</loc><news:news><news:publication>"
                        + "<news:name>Seed News</news:name><news:language>en</news:language></news:publication>"
                        + "<news:publication_date>2019-11-19T08:30:00+01:00</news:publication_date><news:title>")
                        .append(esc(p.title())).append("</news:title></news:news></url>\n");
                index.append("<sitemap><loc>").append(esc(p.url())).append(".xml</loc></sitemap>\n");
            }
            byte[] plainBytes = plain.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
            out.add(plainBytes);
            out.add(news.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8));
            out.add(index.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8));
            out.add(WarcRecords.gzip(plainBytes));
        }
        return out;
    }

    /** Two real pages per WARC file, each cut so that the file fits {@code maxLen}; every other file gzipped. */
    static List<byte[]> warcs(List<FuzzSeeds.Page> pages, int maxLen) {
        List<byte[]> out = new ArrayList<>();
        int cut = Math.max(256, maxLen / 2 - 600);
        for (int i = 0; i + 1 < pages.size(); i += 2) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            for (FuzzSeeds.Page p : List.of(pages.get(i), pages.get(i + 1))) {
                byte[] html = p.html().length > cut ? Arrays.copyOf(p.html(), cut) : p.html();
                byte[] record = WarcRecords.response(p.url(), html);
                file.writeBytes(i % 4 == 0 ? record : WarcRecords.gzip(record));
            }
            out.add(file.toByteArray());
        }
        return out;
    }

    private static List<List<FuzzSeeds.Page>> groups(List<FuzzSeeds.Page> pages) {
        List<List<FuzzSeeds.Page>> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i += PER_FILE) {
            out.add(pages.subList(i, Math.min(pages.size(), i + PER_FILE)));
        }
        return out;
    }

    private static String summary(FuzzSeeds.Page p) {
        String b = p.body() == null ? p.title() : p.body();
        return b.length() <= 300 ? b : b.substring(0, 300);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
