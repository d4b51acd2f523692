/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsgraph.bench.fuzz.WarcRecords;

/**
 * Writes the malformed corpus: {@code bad} hostile inputs, one of each kind in turn, and {@code good} good articles
 * (plain text, JSON records, web pages, JSONL lines and WARC records). Documents go to {@code docs/} (read as a
 * folder), feeds, sitemaps and WARC files to {@code sources/} (each an argument of its own, as the collector reads
 * them). Seeded: the same arguments write the same corpus.
 */
public final class HostileCorpus {
    /** What was written: the inputs to give the ingester, and what it must make of them. */
    public record Corpus(Path docs, List<Path> sources, int goodDocs, List<String> badInputs, List<Path> vanishing,
            Path canary, String secret) {}

    /** The hostile kinds, in the order they are written. */
    public enum Kind {
        TRUNCATED_WARC_GZIP, TRUNCATED_SITEMAP_GZIP, INVALID_UTF8, NUL_TEXT, NUL_HTML, DEEP_JSON, DEEP_HTML,
        DEEP_FEED, ENTITY_BOMB_FEED, EXTERNAL_ENTITY_FEED, ENTITY_BOMB_SITEMAP, EXTERNAL_ENTITY_SITEMAP, LYING_WARC,
        BROKEN_JSONL_LINE, VANISHING_FILE, VANISHING_JSONL, HUGE_LINE
    }

    private static final int DEEP = 100_000;
    private final Random random;
    private final Path dir;
    private final int hugeLineMb;
    private final String xxeUrl;
    private final GoodArticles articles;
    private int goodDocs;
    private final List<String> bad = new ArrayList<>();
    private final List<Path> sources = new ArrayList<>();
    private final List<Path> vanishing = new ArrayList<>();

    private HostileCorpus(Path dir, long seed, int hugeLineMb, String xxeUrl) {
        this.dir = dir;
        this.random = new Random(seed);
        this.hugeLineMb = hugeLineMb;
        this.xxeUrl = xxeUrl;
        this.articles = new GoodArticles();
    }

    /**
     * Writes the corpus into {@code dir}.
     *
     * @param hugeLineMb the size of the one JSONL line that is far too long (100 in the corpus)
     * @param xxeUrl     an http URL that external entities point at besides the canary file (a loopback server
     *                   that counts requests: it must see none)
     */
    public static Corpus write(Path dir, int good, int bad, long seed, int hugeLineMb, String xxeUrl)
            throws IOException {
        HostileCorpus c = new HostileCorpus(dir, seed, hugeLineMb, xxeUrl);
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("sources"));
        Path canary = dir.resolve("canary-secret.txt");
        String secret = "CANARY-" + Long.toHexString(seed) + "-NEVER-STORED";
        Files.writeString(canary, secret, StandardCharsets.UTF_8);
        Kind[] kinds = Kind.values();
        for (int i = 0, k = 0; i < bad; k++) {
            Kind kind = kinds[k % kinds.length];
            if (kind == Kind.HUGE_LINE && k >= kinds.length) {
                continue; // one 100 MB file is enough
            }
            c.bad(i++, kind, canary);
        }
        for (int i = 0; c.goodDocs < good; i++) {
            c.good(i, good - c.goodDocs);
        }
        return new Corpus(dir.resolve("docs"), List.copyOf(c.sources), c.goodDocs, List.copyOf(c.bad),
                List.copyOf(c.vanishing), canary, secret);
    }

    private void good(int i, int missing) throws IOException {
        String base = String.format(Locale.ROOT, "good-%05d", i);
        Path docs = dir.resolve("docs");
        switch (i % 5) {
            case 0 -> write(docs.resolve(base + ".txt"), articles.text(i));
            case 1 -> write(docs.resolve(base + ".json"), articles.record(i));
            case 2 -> write(docs.resolve(base + ".html"), articles.page(i));
            case 3 -> {
                int lines = Math.min(3, missing);
                StringBuilder sb = new StringBuilder();
                for (int l = 0; l < lines; l++) {
                    sb.append(new String(articles.record(i * 10 + l + 1_000_000), StandardCharsets.UTF_8)).append('\n');
                }
                write(docs.resolve(base + ".jsonl"), sb.toString().getBytes(StandardCharsets.UTF_8));
                goodDocs += lines - 1;
            }
            default -> {
                Path warc = dir.resolve("sources").resolve(base + ".warc");
                write(warc, WarcRecords.response(articles.url(i), articles.page(i)));
                sources.add(warc);
            }
        }
        goodDocs++;
    }

    private void bad(int i, Kind kind, Path canary) throws IOException {
        String base = String.format(Locale.ROOT, "bad-%05d-%s", i, kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Path docs = dir.resolve("docs");
        Path src = dir.resolve("sources");
        switch (kind) {
            case TRUNCATED_WARC_GZIP -> source(src.resolve(base + ".warc.gz"),
                    half(WarcRecords.gzip(WarcRecords.response(articles.url(-3 * i - 1), articles.page(-3 * i - 1)))));
            case TRUNCATED_SITEMAP_GZIP -> source(src.resolve(base + ".xml.gz"), half(WarcRecords.gzip(
                    HostileXml.sitemap("https://news.example/" + i).getBytes(StandardCharsets.UTF_8))));
            case INVALID_UTF8 -> doc(docs.resolve(base + ".txt"), invalidUtf8(articles.text(-3 * i - 1)));
            case NUL_TEXT -> doc(docs.resolve(base + ".txt"), withNul(articles.text(-3 * i - 1)));
            case NUL_HTML -> doc(docs.resolve(base + ".html"), withNul(articles.page(-3 * i - 1)));
            case DEEP_JSON -> doc(docs.resolve(base + ".json"), HostileXml.deepJson(DEEP));
            case DEEP_HTML -> doc(docs.resolve(base + ".html"), HostileXml.deepHtml(DEEP));
            case DEEP_FEED -> source(src.resolve(base + ".xml"), HostileXml.deepFeed(DEEP));
            case ENTITY_BOMB_FEED -> source(src.resolve(base + ".xml"), HostileXml.bombFeed());
            case EXTERNAL_ENTITY_FEED -> source(src.resolve(base + ".xml"), HostileXml.xxeFeed(canary, xxeUrl));
            case ENTITY_BOMB_SITEMAP -> source(src.resolve(base + ".xml"), HostileXml.bombSitemap());
            case EXTERNAL_ENTITY_SITEMAP -> source(src.resolve(base + ".xml"), HostileXml.xxeSitemap(canary, xxeUrl));
            case LYING_WARC -> {
                // one good record, then one whose Content-Length claims far more than the file holds
                byte[] ok = WarcRecords.response(articles.url(-3 * i - 1), articles.page(-3 * i - 1));
                byte[] liar = WarcRecords.response(articles.url(-3 * i - 2), articles.page(-3 * i - 2), 1 << 20);
                source(src.resolve(base + ".warc"), concat(ok, liar));
                goodDocs++;
            }
            case BROKEN_JSONL_LINE -> {
                String lines = new String(articles.record(-3 * i - 1), StandardCharsets.UTF_8) + "\n"
                        + "{\"title\": \"cut off\", \"body\": \"the line ends befo\n"
                        + new String(articles.record(-3 * i - 2), StandardCharsets.UTF_8) + "\n";
                write(docs.resolve(base + ".jsonl"), lines.getBytes(StandardCharsets.UTF_8));
                bad.add(docs.resolve(base + ".jsonl") + ":2");
                goodDocs += 2;
            }
            case VANISHING_FILE -> vanish(docs.resolve("v-" + base + ".txt"), articles.text(-3 * i - 1));
            case VANISHING_JSONL -> vanish(docs.resolve("v-" + base + ".jsonl"), articles.record(-3 * i - 1));
            case HUGE_LINE -> {
                Path p = docs.resolve(base + ".jsonl");
                hugeLine(p);
                bad.add(p + ":1");
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private void doc(Path p, byte[] bytes) throws IOException {
        write(p, bytes);
        bad.add(p.toString());
    }

    private void source(Path p, byte[] bytes) throws IOException {
        write(p, bytes);
        sources.add(p);
        bad.add(p.toString());
    }

    private void vanish(Path p, byte[] bytes) throws IOException {
        write(p, bytes);
        vanishing.add(p);
        bad.add(p.toString());
    }

    private void hugeLine(Path p) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write("{\"title\": \"huge\", \"body\": \"".getBytes(StandardCharsets.UTF_8));
            for (int m = 0; m < hugeLineMb; m++) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private byte[] invalidUtf8(byte[] text) {
        byte[] out = Arrays.copyOf(text, text.length + 2);
        int at = text.length / 2 + random.nextInt(Math.max(1, text.length / 4));
        System.arraycopy(text, at, out, at + 2, text.length - at);
        out[at] = (byte) 0xC3; // a lead byte followed by another lead byte: never valid
        out[at + 1] = (byte) 0xC3;
        return out;
    }

    private byte[] withNul(byte[] text) {
        byte[] out = text.clone();
        out[random.nextInt(Math.min(out.length, 4096))] = 0;
        return out;
    }

    private static byte[] half(byte[] b) {
        return Arrays.copyOf(b, b.length / 2);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void write(Path p, byte[] bytes) throws IOException {
        Files.write(p, bytes);
    }
}
